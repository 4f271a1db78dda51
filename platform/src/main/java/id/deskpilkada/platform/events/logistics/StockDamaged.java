package id.deskpilkada.platform.events.logistics;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.Map;

/**
 * Material already received at a TPS was damaged there (a flood soaked the ballots): the TPS's usable stock fell
 * by these quantities, which may leave its kit short again.
 *
 * @param regionCode the TPS's desa/kelurahan
 * @param items      item code → quantity damaged
 * @param reason     the cause: BANJIR, LONGSOR, CUACA, KENDARAAN, KEAMANAN, LAINNYA
 * @param note       what happened, besides the reason; may be {@code null}
 */
@EventType("logistics.StockDamaged")
public record StockDamaged(String regionCode, int tpsNumber, Map<String, Integer> items, String reason, String note)
        implements DomainEvent {
}
