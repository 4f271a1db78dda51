package id.deskpilkada.logistics.domain;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which items of its kit a TPS's usable stock covers, and whether that is all of them (the TPS is ready). Also
 * what the read model remembers per TPS, so that a later check knows what it counted before.
 *
 * @param coveredItems codes of the items whose usable stock reaches the need
 * @param complete     every item of the kit is covered
 */
public record KitCoverage(Set<String> coveredItems, boolean complete) {

    /** A TPS that is not counted (removed, unknown): nothing covered. */
    public static final KitCoverage NONE = new KitCoverage(Set.of(), false);

    public KitCoverage {
        coveredItems = Set.copyOf(coveredItems);
    }

    /**
     * @param needs  the TPS's kit: item code → need (from {@link TpsKit#needs})
     * @param usable usable quantity received per item code (missing: none)
     */
    public static KitCoverage of(Map<String, Integer> needs, Map<String, Integer> usable) {
        Set<String> covered = needs.entrySet().stream()
                .filter(need -> usable.getOrDefault(need.getKey(), 0) >= need.getValue())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
        return new KitCoverage(covered, covered.size() == needs.size());
    }

    /** Items covered in {@code after} but not here ({@code true}) or here but no longer ({@code false}), by code. */
    public SortedMap<String, Boolean> itemChangesTo(KitCoverage after) {
        SortedMap<String, Boolean> changes = new TreeMap<>();
        after.coveredItems.stream().filter(item -> !coveredItems.contains(item))
                .forEach(item -> changes.put(item, true));
        coveredItems.stream().filter(item -> !after.coveredItems.contains(item))
                .forEach(item -> changes.put(item, false));
        return changes;
    }
}
