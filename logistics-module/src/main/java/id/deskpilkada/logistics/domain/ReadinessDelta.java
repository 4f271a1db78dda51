package id.deskpilkada.logistics.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a region's readiness counts move: TPS in total, TPS with the full kit, and TPS with each item covered.
 * Found in a desa (its stored counts against a recount of its TPS) and applied at every level above it too
 * (kecamatan … nation), so that each level stays the sum of the levels below it.
 *
 * @param items item code → change of the TPS with that item covered, without zeros, in code order (the order
 *              rows are locked in, the same for every transaction)
 */
public record ReadinessDelta(long tpsTotal, long tpsReady, Map<String, Long> items) {

    public static final ReadinessDelta NONE = new ReadinessDelta(0, 0, Map.of());

    public ReadinessDelta {
        TreeMap<String, Long> nonZero = new TreeMap<>();
        items.forEach((item, change) -> {
            if (change != 0) {
                nonZero.put(item, change);
            }
        });
        items = Collections.unmodifiableSortedMap(nonZero);
    }

    /**
     * What brings the stored counts of a region to the recounted ones.
     *
     * @param storedItems    item code → TPS with the item covered, as stored (missing: 0)
     * @param recountedItems item code → TPS with the item covered, recounted (missing: 0)
     */
    public static ReadinessDelta between(Readiness stored, Map<String, Long> storedItems, Readiness recounted,
                                         Map<String, Long> recountedItems) {
        Set<String> touched = new TreeSet<>(storedItems.keySet());
        touched.addAll(recountedItems.keySet());
        Map<String, Long> items = new TreeMap<>();
        touched.forEach(item -> items.put(item, recountedItems.getOrDefault(item, 0L)
                - storedItems.getOrDefault(item, 0L)));
        return new ReadinessDelta(recounted.tpsTotal() - stored.tpsTotal(), recounted.tpsReady() - stored.tpsReady(),
                items);
    }

    public boolean isEmpty() {
        return tpsTotal == 0 && tpsReady == 0 && items.isEmpty();
    }

    /** Whether the kit figures (total, ready) move; the per-item ones alone publish nothing. */
    public boolean movesKit() {
        return tpsTotal != 0 || tpsReady != 0;
    }

    /** The region's kit readiness before this change, given the one after it. */
    public Readiness before(Readiness after) {
        return new Readiness(after.regionCode(), after.tpsTotal() - tpsTotal, after.tpsReady() - tpsReady);
    }
}
