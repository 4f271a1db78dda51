package id.deskpilkada.platform.events.logistics;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/** A receipt counted less than shipped, or damaged items, for one item of a shipment. */
@EventType("logistics.DiscrepancyReported")
public record DiscrepancyReported(UUID shipmentId, String shipmentNumber, String regionCode, String itemCode,
                                  int shortQuantity, int damagedQuantity) implements DomainEvent {
}
