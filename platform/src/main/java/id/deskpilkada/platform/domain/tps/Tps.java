package id.deskpilkada.platform.domain.tps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A polling station (TPS) under a desa/kelurahan. Its key (village, number) never changes; a TPS that moves
 * to another number is a removal and an addition, as on the KPU's own lists. Bulk imports and the synthetic
 * generator write the same table through JDBC, so every rule lives in {@link TpsDetails}, not here.
 */
@Entity
@Table(name = "plt_tps")
public class Tps {

    @Id
    private UUID id;

    @Column(name = "village_code", nullable = false)
    private String villageCode;

    @Column(name = "tps_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private int voters;

    @Column(nullable = false)
    private String address;

    private Double latitude;

    private Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TpsStatus status;

    /** Made by the generator for demos and benchmarks, not taken from a real list. */
    @Column(nullable = false)
    private boolean synthetic;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Tps() {
    }

    public Tps(UUID id, TpsDetails details, LocalDateTime now) {
        this.id = id;
        this.villageCode = details.villageCode();
        this.number = details.number();
        this.status = TpsStatus.AKTIF;
        this.synthetic = false;
        write(details, now);
    }

    /** New values for the same TPS; a hand-made change makes a synthetic TPS real data. */
    public void change(TpsDetails details, LocalDateTime now) {
        if (!details.key().equals(key())) {
            throw new IllegalArgumentException("A TPS keeps its village and number: " + key() + " ≠ " + details.key());
        }
        write(details, now);
        synthetic = false;
    }

    /** Brings a removed TPS back with the values given. */
    public void restore(TpsDetails details, LocalDateTime now) {
        change(details, now);
        status = TpsStatus.AKTIF;
    }

    /** Soft delete: the row stays, marked DIHAPUS. */
    public void remove(LocalDateTime now) {
        status = TpsStatus.DIHAPUS;
        updatedAt = now;
    }

    private void write(TpsDetails details, LocalDateTime now) {
        this.voters = details.voters();
        this.address = details.address();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.updatedAt = now;
    }

    public TpsKey key() {
        return new TpsKey(villageCode, number);
    }

    public TpsDetails details() {
        return new TpsDetails(villageCode, number, voters, address,
                latitude == null || longitude == null ? null : new Coordinates(latitude, longitude));
    }

    public UUID id() {
        return id;
    }

    public String villageCode() {
        return villageCode;
    }

    public int number() {
        return number;
    }

    public int voters() {
        return voters;
    }

    public String address() {
        return address;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public TpsStatus status() {
        return status;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
