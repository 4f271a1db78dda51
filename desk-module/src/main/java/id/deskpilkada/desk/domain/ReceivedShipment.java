package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A shipment received: it left the road for good, so that a dispatch or a delay delivered after the receipt does
 * not put it back. Only its id is kept, which keeps the table of shipments on the road small.
 */
@Entity
@Table(name = "dsk_shipment_received")
public class ReceivedShipment {

    @Id
    @Column(name = "shipment_id")
    private UUID shipmentId;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected ReceivedShipment() {
    }

    public ReceivedShipment(UUID shipmentId, LocalDateTime receivedAt) {
        this.shipmentId = shipmentId;
        this.receivedAt = receivedAt;
    }

    public UUID shipmentId() {
        return shipmentId;
    }
}
