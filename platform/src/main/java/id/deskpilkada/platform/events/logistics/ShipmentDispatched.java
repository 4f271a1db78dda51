package id.deskpilkada.platform.events.logistics;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * A shipment left its origin node.
 *
 * @param regionCode   region of the destination node (a TPS shipment carries the desa/kelurahan code)
 * @param fromNode     origin distribution node code
 * @param toNode       destination distribution node code
 * @param eta          expected arrival, UTC
 * @param escortNeeded whether the logistics officer asked for a security escort
 */
@EventType("logistics.ShipmentDispatched")
public record ShipmentDispatched(UUID shipmentId, String shipmentNumber, String regionCode, String fromNode,
                                 String toNode, Instant eta, boolean escortNeeded) implements DomainEvent {
}
