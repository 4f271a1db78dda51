package id.deskpilkada.logistics.application;

import java.time.LocalDateTime;
import java.util.UUID;

/** A region flagged at risk, as the portal shows it. */
public record RegionAtRisk(UUID incidentId, String regionCode, String incidentType, String severity, String title,
                           LocalDateTime flaggedAt, LocalDateTime updatedAt) {
}
