package id.deskpilkada.desk.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/** A shipment past its ETA (UTC) and not received; the reason when it is held up. */
public record LateShipment(UUID shipmentId, String shipmentNumber, String regionCode, LocalDateTime etaUtc,
                           boolean delayed, String delayReason) {
}
