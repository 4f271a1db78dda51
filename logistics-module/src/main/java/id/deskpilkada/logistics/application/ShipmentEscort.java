package id.deskpilkada.logistics.application;

import java.time.LocalDateTime;

/** The escort security assigned to a shipment; start in UTC. */
public record ShipmentEscort(String team, LocalDateTime startUtc) {
}
