package id.deskpilkada.security.application;

import java.time.LocalDateTime;
import java.util.UUID;

/** An escort task as pages show it; {@code why} is a reason code of EscortDecision; times UTC. */
public record EscortView(UUID id, long version, UUID shipmentId, String shipmentNumber, String regionCode,
                         String polresRegion, String toNode, LocalDateTime eta, String why, String status,
                         String team, LocalDateTime startUtc, String decidedBy, LocalDateTime decidedUtc,
                         String cancelReason, LocalDateTime proposedUtc, boolean atRisk) {
}
