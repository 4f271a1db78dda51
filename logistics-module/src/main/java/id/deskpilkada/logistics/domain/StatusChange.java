package id.deskpilkada.logistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** One step of a shipment's history: from which status to which, when, by whom and why. */
@Entity
@Table(name = "lgs_status_change")
public class StatusChange {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime atUtc;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ShipmentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ShipmentStatus to;

    private String reason;

    protected StatusChange() {
    }

    StatusChange(Shipment shipment, LocalDateTime atUtc, String changedBy, ShipmentStatus from, ShipmentStatus to,
                 String reason) {
        this.id = UUID.randomUUID();
        this.shipment = shipment;
        this.atUtc = atUtc;
        this.changedBy = changedBy;
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public LocalDateTime atUtc() {
        return atUtc;
    }

    public String changedBy() {
        return changedBy;
    }

    public ShipmentStatus from() {
        return from;
    }

    public ShipmentStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
