package id.deskpilkada.platform.events.platform;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;

/**
 * Many TPS under one region changed at once: a CSV file was imported, or synthetic TPS were generated.
 *
 * <p>Deliberately a summary, not one {@link TpsChanged} per TPS: a national file or generation touches
 * ~435,000 TPS, and as many outbox rows, JMS messages and inbox rows in every consuming module would cost
 * minutes and flood the broker for information no consumer needs row by row. A consumer that keeps its own
 * copy of TPS refreshes everything under {@code regionCode} when this arrives (the platform's TPS service
 * reads them page by page); one that only counts takes the counts.
 *
 * @param regionCode the smallest region holding every TPS the import touched, or the generated region code;
 *                   {@code ""} for the whole country
 * @param origin     IMPORT (a CSV file) or GENERATED (the synthetic generator)
 * @param added      TPS created
 * @param updated    TPS whose values changed or that were restored (import only)
 * @param removed    TPS removed: synthetic ones an earlier generation left (generation only)
 * @param voters     voters over the TPS added and updated
 */
@EventType("platform.TpsImported")
public record TpsImported(String regionCode, String origin, long added, long updated, long removed, long voters)
        implements DomainEvent {
}
