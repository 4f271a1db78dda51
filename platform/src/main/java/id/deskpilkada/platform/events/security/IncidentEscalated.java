package id.deskpilkada.platform.events.security;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/**
 * An incident was escalated to the desk of a higher region.
 *
 * @param regionCode  region where the incident happened
 * @param deskRegion  region whose desk now handles it
 */
@EventType("security.IncidentEscalated")
public record IncidentEscalated(UUID incidentId, String regionCode, String incidentType, String severity,
                                String title, String deskRegion) implements DomainEvent {
}
