package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.Lateness;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A shipment past its ETA and not received, as the late list shows it: how late, where it stands and why
 * (the reason of tertunda or bermasalah), and whether its region is flagged at risk.
 */
public record LateShipment(UUID id, String number, String from, String to, String regionCode, String status,
                           String statusReason, LocalDateTime etaUtc, Lateness lateness, boolean atRisk,
                           boolean escortNeeded) {
}
