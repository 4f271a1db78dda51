package id.deskpilkada.platform.events.security;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/**
 * An incident was closed: handled to the end (selesai) or rejected (ditolak).
 *
 * @param outcome selesai or ditolak
 */
@EventType("security.IncidentResolved")
public record IncidentResolved(UUID incidentId, String regionCode, String incidentType, String outcome,
                               String deskRegion) implements DomainEvent {
}
