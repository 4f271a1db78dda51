package id.deskpilkada.security.application;

import java.time.LocalDateTime;
import java.util.UUID;

/** A shipment route as the portal shows it; {@code status} is a bundle key suffix. */
public record RouteOnTheRoad(UUID shipmentId, String shipmentNumber, String regionCode, String fromNode,
                             String toNode, LocalDateTime eta, boolean escortNeeded, String status,
                             String delayReason, LocalDateTime updatedAt) {
}
