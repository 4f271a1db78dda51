package id.deskpilkada.logistics.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A shipment as pages and the REST API show it (times UTC; pages show them in the region's zone). */
public record ShipmentView(UUID id, long version, String number, String from, String to, String regionCode,
                           String status, String statusReason, String resumeStatus, String seals, String vehicle,
                           String driver, boolean escortNeeded, LocalDateTime departureUtc, LocalDateTime etaUtc,
                           LocalDateTime receivedUtc, boolean late, boolean atRisk, UUID replacesId,
                           List<Line> lines, List<Step> history) {

    public record Line(String itemCode, int quantity, Integer counted, int damagedLight, int damagedHeavy,
                       int shortage) {
    }

    public record Step(LocalDateTime atUtc, String by, String from, String to, String reason) {
    }
}
