package id.deskpilkada.platform.events.platform;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;

/**
 * An administrator applied a region file: the counts of what it changed. Published once per import beside a
 * {@link RegionChanged} for every region renamed, moved or removed — the changes a consumer holding region
 * codes must follow. Additions come only as counts: nothing can refer to a region before it exists, and a
 * first import adds ~91,600 regions, which as single events would cost a minute of outbox and broker work
 * for information no consumer needs row by row (the same reasoning as {@link TpsImported}).
 */
@EventType("platform.RegionsImported")
public record RegionsImported(int rows, int added, int renamed, int moved, int removed) implements DomainEvent {

    /** A region file covers the whole country. */
    @Override
    public String regionCode() {
        return "";
    }
}
