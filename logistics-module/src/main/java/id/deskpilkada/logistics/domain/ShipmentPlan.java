package id.deskpilkada.logistics.domain;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A shipment as planned: route, items and quantities, packing (box and seal numbers), transport and timing.
 * Times are UTC.
 *
 * @param quantities item code → quantity, in the order given
 */
public record ShipmentPlan(String number, Node from, Node to, Map<String, Integer> quantities, String seals,
                           String vehicle, String driver, boolean escortNeeded, LocalDateTime departureUtc,
                           LocalDateTime etaUtc) {
}
