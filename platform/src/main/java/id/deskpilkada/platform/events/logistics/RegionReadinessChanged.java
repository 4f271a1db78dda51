package id.deskpilkada.platform.events.logistics;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A region's logistics readiness crossed a whole percent (published only then, not for every TPS).
 *
 * @param regionCode      the region ("" for the nation)
 * @param percent         whole percent, rounded down
 * @param previousPercent the whole percent it crossed from; null for a snapshot after a rebuild (and in events
 *                        published before the field existed), which tells no change
 */
@EventType("logistics.RegionReadinessChanged")
public record RegionReadinessChanged(String regionCode, int percent, long tpsReady, long tpsTotal,
                                     Integer previousPercent) implements DomainEvent {

    /** The one JSON-B decodes with (a record with two constructors needs telling); a missing field is null. */
    @JsonbCreator
    public RegionReadinessChanged {
    }

    /** A snapshot of the region as it is, with no change to tell. */
    public RegionReadinessChanged(String regionCode, int percent, long tpsReady, long tpsTotal) {
        this(regionCode, percent, tpsReady, tpsTotal, null);
    }
}
