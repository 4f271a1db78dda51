package id.deskpilkada.platform.events.security;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * A Polres planner put a team on a shipment's escort.
 *
 * @param startAt when the escort starts, UTC
 */
@EventType("security.EscortAssigned")
public record EscortAssigned(UUID escortTaskId, UUID shipmentId, String shipmentNumber, String regionCode,
                             String team, Instant startAt) implements DomainEvent {
}
