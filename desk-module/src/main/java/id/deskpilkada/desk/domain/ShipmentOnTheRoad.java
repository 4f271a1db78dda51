package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A shipment dispatched or held up and not yet received, with its destination region and ETA: late once the ETA
 * has passed, counted at read time. Dispatches and delays may arrive in either order: the newer decides whether it
 * is held up, and a dispatch older than a delay keeps the delay's revised ETA. A received shipment leaves the road
 * ({@link ReceivedShipment}).
 */
@Entity
@Table(name = "dsk_shipment")
public class ShipmentOnTheRoad {

    @Id
    @Column(name = "shipment_id")
    private UUID shipmentId;

    @Column(name = "shipment_number", nullable = false)
    private String shipmentNumber;

    @Embedded
    private RegionPlace place;

    private LocalDateTime eta;

    private boolean delayed;

    @Column(name = "delay_reason")
    private String delayReason;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ShipmentOnTheRoad() {
    }

    private ShipmentOnTheRoad(UUID shipmentId, String shipmentNumber, String regionCode, LocalDateTime at) {
        this.shipmentId = shipmentId;
        this.shipmentNumber = shipmentNumber;
        this.place = RegionPlace.of(regionCode);
        this.updatedAt = at;
    }

    public static ShipmentOnTheRoad firstSeen(UUID shipmentId, String shipmentNumber, String regionCode,
                                              LocalDateTime at) {
        return new ShipmentOnTheRoad(shipmentId, shipmentNumber, regionCode, at);
    }

    /** On its way with {@code plannedEta}; a dispatch older than what is known only fills in a missing ETA. */
    public void dispatched(LocalDateTime plannedEta, LocalDateTime at) {
        if (at.isBefore(updatedAt)) {
            if (eta == null) {
                eta = plannedEta;
            }
            return;
        }
        delayed = false;
        delayReason = null;
        eta = plannedEta;
        updatedAt = at;
    }

    /** Held up (tertunda / bermasalah); a revised ETA replaces the planned one. */
    public void delayed(String reason, LocalDateTime newEta, LocalDateTime at) {
        if (at.isBefore(updatedAt)) {
            return;
        }
        delayed = true;
        delayReason = reason;
        if (newEta != null) {
            eta = newEta;
        }
        updatedAt = at;
    }

    public boolean isLate(LocalDateTime nowUtc) {
        return eta != null && eta.isBefore(nowUtc);
    }

    public UUID shipmentId() {
        return shipmentId;
    }

    public String shipmentNumber() {
        return shipmentNumber;
    }

    public RegionPlace place() {
        return place;
    }

    public LocalDateTime eta() {
        return eta;
    }

    public boolean delayed() {
        return delayed;
    }

    public String delayReason() {
        return delayReason;
    }
}
