package id.deskpilkada.platform.domain;

import id.deskpilkada.platform.domain.region.RegionCode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The regions a caller may see and change: a set of region-code prefixes ({@code ""} = the nation).
 * A record is in scope when its region code is one of them or lies under one of them.
 */
public record Scope(Set<String> prefixes) {

    public static final Scope NATIONAL = new Scope(Set.of(""));
    public static final Scope NONE = new Scope(Set.of());

    public Scope {
        prefixes = Set.copyOf(new TreeSet<>(prefixes));
    }

    public boolean isNational() {
        return prefixes.contains("");
    }

    public boolean covers(String regionCode) {
        return regionCode != null && prefixes.stream().anyMatch(p -> RegionCode.within(regionCode, p));
    }

    /** The narrower of this scope and a filter prefix the user chose, e.g. a province in a national scope. */
    public Scope narrowedTo(String filterPrefix) {
        if (filterPrefix == null || filterPrefix.isBlank()) {
            return this;
        }
        if (covers(filterPrefix)) {
            return new Scope(Set.of(filterPrefix));
        }
        return new Scope(prefixes.stream().filter(p -> RegionCode.within(p, filterPrefix))
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** Sorted prefixes, for building a query with one LIKE per prefix. */
    public List<String> sortedPrefixes() {
        return new TreeSet<>(prefixes).stream().toList();
    }
}
