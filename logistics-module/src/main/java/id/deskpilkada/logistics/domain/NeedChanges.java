package id.deskpilkada.logistics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a change of the catalogue or of the elections held does to the needs of a region's TPS: per item the
 * total before and after, per region below only the items that change, and the TPS whose kit changes at all.
 * The arithmetic is {@link KitItem#needFor} per group of alike TPS, so a preview and a TPS's kit always agree.
 *
 * @param regionCode the region previewed ("" for the nation)
 * @param items      every item before or after the change, in catalogue order (new items last)
 */
public record NeedChanges(String regionCode, List<ItemNeedChange> items, List<RegionNeedChange> regions,
                          long tpsChanged, long tpsTotal) {

    /**
     * @param before the active items now
     * @param after  the active items after the change (an item missing here is retired: it needs nothing)
     */
    public static NeedChanges compare(String regionCode, List<KitItem> before, List<KitItem> after,
                                      List<TpsGroup> groups) {
        Map<String, KitItem> beforeByCode = byCode(before);
        Map<String, KitItem> afterByCode = byCode(after);
        Map<String, KitItem> described = new LinkedHashMap<>(beforeByCode);
        described.putAll(afterByCode);
        Map<String, Totals> national = new LinkedHashMap<>();
        described.keySet().forEach(code -> national.put(code, new Totals()));
        Map<String, Map<String, Totals>> byRegion = new TreeMap<>();
        long tpsChanged = 0;
        long tpsTotal = 0;
        for (TpsGroup group : groups) {
            boolean kitChanged = false;
            Map<String, Totals> region = byRegion.computeIfAbsent(group.regionCode(), r -> new LinkedHashMap<>());
            for (String code : described.keySet()) {
                long needBefore = need(beforeByCode.get(code), group.voters(), group.electionsBefore());
                long needAfter = need(afterByCode.get(code), group.voters(), group.electionsAfter());
                national.get(code).add(group.tps(), needBefore, needAfter);
                region.computeIfAbsent(code, c -> new Totals()).add(group.tps(), needBefore, needAfter);
                kitChanged |= needBefore != needAfter;
            }
            tpsTotal += group.tps();
            tpsChanged += kitChanged ? group.tps() : 0;
        }
        List<RegionNeedChange> regions = new ArrayList<>();
        byRegion.forEach((code, totals) -> totals.forEach((item, t) -> {
            ItemNeedChange change = t.of(described.get(item));
            if (change.changed()) {
                regions.add(new RegionNeedChange(code, change));
            }
        }));
        return new NeedChanges(regionCode, national.entrySet().stream()
                .map(e -> e.getValue().of(described.get(e.getKey()))).toList(), List.copyOf(regions), tpsChanged,
                tpsTotal);
    }

    /** Whether anything any TPS needs changes. */
    public boolean anyChange() {
        return items.stream().anyMatch(ItemNeedChange::changed);
    }

    private static long need(KitItem item, int voters, int elections) {
        return item == null ? 0 : item.needFor(voters, elections);
    }

    private static Map<String, KitItem> byCode(List<KitItem> items) {
        Map<String, KitItem> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.code(), i));
        return map;
    }

    /** Running sums of one item over TPS groups. */
    private static final class Totals {
        private long before;
        private long after;
        private long tpsChanged;

        void add(long tps, long needBefore, long needAfter) {
            before += tps * needBefore;
            after += tps * needAfter;
            tpsChanged += needBefore == needAfter ? 0 : tps;
        }

        ItemNeedChange of(KitItem item) {
            return new ItemNeedChange(item.code(), item.name(), item.unit(), before, after, tpsChanged);
        }
    }
}
