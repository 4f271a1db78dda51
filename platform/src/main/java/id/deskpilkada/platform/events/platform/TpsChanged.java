package id.deskpilkada.platform.events.platform;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/**
 * One TPS was created, changed, removed (soft delete) or restored by hand, in the portal or through the API.
 * Files and the generator change TPS by the thousand; they publish one {@link TpsImported} instead.
 *
 * @param regionCode the TPS's desa/kelurahan code
 * @param number     the TPS number in the village (1..999; shown as {@code 001})
 * @param voters     voters (DPT) after the change
 * @param status     AKTIF or DIHAPUS after the change
 * @param change     CREATED, UPDATED, REMOVED or RESTORED
 */
@EventType("platform.TpsChanged")
public record TpsChanged(String regionCode, UUID tpsId, int number, int voters, String status, String change)
        implements DomainEvent {
}
