package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Security's view of a shipment on the road, kept from logistics events. Events may arrive out of order
 * (a delay before the dispatch); a received shipment stays received.
 */
@Entity
@Table(name = "sec_shipment_route")
public class ShipmentRoute {

    public enum Status { DIKIRIM, TERTUNDA, DITERIMA }

    @Id
    @Column(name = "shipment_id")
    private UUID shipmentId;

    @Column(name = "shipment_number", nullable = false)
    private String shipmentNumber;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "from_node")
    private String fromNode;

    @Column(name = "to_node")
    private String toNode;

    private LocalDateTime eta;

    @Column(name = "escort_needed", nullable = false)
    private boolean escortNeeded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "delay_reason")
    private String delayReason;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ShipmentRoute() {
    }

    private ShipmentRoute(UUID shipmentId, String shipmentNumber, String regionCode, LocalDateTime at) {
        this.shipmentId = shipmentId;
        this.shipmentNumber = shipmentNumber;
        this.regionCode = regionCode;
        this.status = Status.DIKIRIM;
        this.updatedAt = at;
    }

    public static ShipmentRoute firstSeen(UUID shipmentId, String shipmentNumber, String regionCode,
                                          LocalDateTime at) {
        return new ShipmentRoute(shipmentId, shipmentNumber, regionCode, at);
    }

    /** A dispatch arriving after a newer delay keeps the delay's revised ETA. */
    public void dispatched(String from, String to, LocalDateTime plannedEta, boolean escort, LocalDateTime at) {
        fromNode = from;
        toNode = to;
        escortNeeded = escort;
        if (!isStale(at) || eta == null) {
            eta = plannedEta;
        }
        touch(at);
    }

    public void delayed(String reason, LocalDateTime newEta, LocalDateTime at) {
        if (status == Status.DITERIMA || (status == Status.TERTUNDA && isStale(at))) {
            return;
        }
        status = Status.TERTUNDA;
        delayReason = reason;
        if (newEta != null) {
            eta = newEta;
        }
        touch(at);
    }

    public void received(LocalDateTime at) {
        status = Status.DITERIMA;
        touch(at);
    }

    private boolean isStale(LocalDateTime at) {
        return at.isBefore(updatedAt);
    }

    private void touch(LocalDateTime at) {
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    public UUID shipmentId() {
        return shipmentId;
    }

    public String shipmentNumber() {
        return shipmentNumber;
    }

    public String regionCode() {
        return regionCode;
    }

    public String fromNode() {
        return fromNode;
    }

    public String toNode() {
        return toNode;
    }

    public LocalDateTime eta() {
        return eta;
    }

    public boolean escortNeeded() {
        return escortNeeded;
    }

    public Status status() {
        return status;
    }

    public String delayReason() {
        return delayReason;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
