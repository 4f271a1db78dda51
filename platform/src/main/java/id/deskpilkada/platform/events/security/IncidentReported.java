package id.deskpilkada.platform.events.security;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/**
 * An incident (kejadian) was reported in a region.
 *
 * @param incidentType code: konflik_massa, perusakan_apk, politik_uang, hoaks, intimidasi, netralitas_asn,
 *                     bencana, gangguan_distribusi, protes_penghitungan
 * @param severity     rendah, sedang, tinggi
 */
@EventType("security.IncidentReported")
public record IncidentReported(UUID incidentId, String regionCode, String incidentType, String severity,
                               String title) implements DomainEvent {
}
