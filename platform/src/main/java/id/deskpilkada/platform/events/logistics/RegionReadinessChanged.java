package id.deskpilkada.platform.events.logistics;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;

/**
 * A region's logistics readiness crossed a whole percent (published only then, not for every TPS).
 *
 * @param regionCode the region ("" for the nation)
 * @param percent    whole percent, rounded down
 */
@EventType("logistics.RegionReadinessChanged")
public record RegionReadinessChanged(String regionCode, int percent, long tpsReady, long tpsTotal)
        implements DomainEvent {
}
