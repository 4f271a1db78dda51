package id.deskpilkada.platform.events.logistics;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * A shipment was received at its destination (berita acara serah terima signed).
 *
 * @param complete {@code false} for diterima sebagian
 */
@EventType("logistics.ShipmentReceived")
public record ShipmentReceived(UUID shipmentId, String shipmentNumber, String regionCode, boolean complete,
                               Instant receivedAt) implements DomainEvent {
}
