package id.deskpilkada.platform.events.logistics;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * A shipment was marked tertunda or bermasalah.
 *
 * @param reason code of the cause: banjir, longsor, cuaca, kendaraan, keamanan, lainnya
 * @param newEta revised arrival (UTC) if known, else {@code null}
 */
@EventType("logistics.ShipmentDelayed")
public record ShipmentDelayed(UUID shipmentId, String shipmentNumber, String regionCode, String reason,
                              String note, Instant newEta) implements DomainEvent {
}
