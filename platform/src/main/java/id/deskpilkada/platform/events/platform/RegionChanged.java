package id.deskpilkada.platform.events.platform;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;

/**
 * A region of the tree was renamed, moved or removed by an administrator's import (additions are counted in
 * {@link RegionsImported}, published with them).
 *
 * @param change RENAMED, MOVED or REMOVED
 * @param name   the region's name after the change ({@code null} when removed)
 */
@EventType("platform.RegionChanged")
public record RegionChanged(String regionCode, String change, String name, int level, String parentCode)
        implements DomainEvent {
}
