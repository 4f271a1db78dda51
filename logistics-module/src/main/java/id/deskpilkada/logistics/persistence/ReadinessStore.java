package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.ItemReadiness;
import id.deskpilkada.logistics.domain.KitCoverage;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.ReadinessDelta;
import id.deskpilkada.platform.domain.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The readiness read model and the TPS stock behind it, in SQL: a receipt moves one row per level (and one per
 * level and item), so that the national figure is one primary-key read, never a scan of 435,000 TPS.
 *
 * <p>Per TPS the model remembers what it counted: the ready TPS ({@code lgs_tps_ready}) and the items whose
 * stock covered the need ({@code lgs_tps_stock.covered}). Counts are of active TPS only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadinessStore {

    /** Code lengths of the levels a TPS counts in: desa, kecamatan, kab/kota, province, nation. */
    private static final int[] LEVELS = {13, 8, 5, 2, 0};
    private static final String LOWEST_CODE = "00.00.00.0000";
    private static final String HIGHEST_CODE = "99.99.99.9999";

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

    /**
     * Holds the desa's readiness row until the transaction ends, so that receipts and checks of its TPS take
     * turns: a check's recount of the desa and the stored counts it compares them with are then of one moment.
     * Every writer locks the desa first and then the levels upwards, so two of them never wait for each other
     * in a circle.
     */
    public void lockVillage(String villageCode) {
        em.createNativeQuery("select tps_total from lgs_readiness where region_code = ?1 for update")
                .setParameter(1, villageCode).getResultList();
    }

    /** The TPS's voters (DPT) as the platform has them now; empty when it is removed or unknown. */
    public OptionalInt activeVoters(String villageCode, int tpsNumber) {
        List<?> rows = em.createNativeQuery("select voters from plt_tps where village_code = ?1 and tps_number = ?2"
                        + " and status = 'AKTIF'")
                .setParameter(1, villageCode).setParameter(2, tpsNumber).getResultList();
        return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
    }

    /** Adds usable quantities received at a TPS; returns the TPS's usable quantity per item afterwards. */
    public Map<String, Integer> addUsable(String villageCode, int tpsNumber, Map<String, Integer> usable) {
        for (Map.Entry<String, Integer> e : usable.entrySet()) {
            int updated = em.createNativeQuery("update lgs_tps_stock set usable = usable + ?1 where village_code = ?2"
                            + " and tps_number = ?3 and item_code = ?4")
                    .setParameter(1, e.getValue()).setParameter(2, villageCode).setParameter(3, tpsNumber)
                    .setParameter(4, e.getKey()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into lgs_tps_stock (village_code, tps_number, item_code, usable)"
                                + " values (?1, ?2, ?3, ?4)")
                        .setParameter(1, villageCode).setParameter(2, tpsNumber).setParameter(3, e.getKey())
                        .setParameter(4, e.getValue()).executeUpdate();
            }
        }
        return stock(villageCode, tpsNumber);
    }

    /**
     * Takes damaged quantities off a TPS's usable stock (the caller checked they are on hand); returns the TPS's
     * usable quantity per item afterwards.
     */
    public Map<String, Integer> removeUsable(String villageCode, int tpsNumber, Map<String, Integer> damaged) {
        damaged.forEach((item, quantity) -> em.createNativeQuery("update lgs_tps_stock set usable = usable - ?1"
                        + " where village_code = ?2 and tps_number = ?3 and item_code = ?4")
                .setParameter(1, quantity).setParameter(2, villageCode).setParameter(3, tpsNumber)
                .setParameter(4, item).executeUpdate());
        return stock(villageCode, tpsNumber);
    }

    /** The TPS's usable quantity per item received so far. */
    public Map<String, Integer> stock(String villageCode, int tpsNumber) {
        Map<String, Integer> stock = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select item_code, usable from lgs_tps_stock where village_code = ?1"
                + " and tps_number = ?2").setParameter(1, villageCode).setParameter(2, tpsNumber).getResultList();
        rows.forEach(r -> stock.put((String) r[0], ((Number) r[1]).intValue()));
        return stock;
    }

    public boolean isReady(String villageCode, int tpsNumber) {
        return !em.createNativeQuery("select 1 from lgs_tps_ready where village_code = ?1 and tps_number = ?2")
                .setParameter(1, villageCode).setParameter(2, tpsNumber).getResultList().isEmpty();
    }

    /** What the model last counted for the TPS: its items flagged covered, and whether it is marked ready. */
    public KitCoverage coverage(String villageCode, int tpsNumber) {
        List<?> covered = em.createNativeQuery("select item_code from lgs_tps_stock where village_code = ?1"
                        + " and tps_number = ?2 and covered = 'Y'")
                .setParameter(1, villageCode).setParameter(2, tpsNumber).getResultList();
        Set<String> items = new HashSet<>();
        covered.forEach(item -> items.add((String) item));
        return new KitCoverage(items, isReady(villageCode, tpsNumber));
    }

    /** Remembers the TPS's coverage {@code after} in place of {@code before}, writing only what changed. */
    public void recordCoverage(String villageCode, int tpsNumber, KitCoverage before, KitCoverage after,
                               LocalDateTime nowUtc) {
        if (after.complete() && !before.complete()) {
            em.createNativeQuery("insert into lgs_tps_ready (village_code, tps_number, ready_at) values (?1, ?2, ?3)")
                    .setParameter(1, villageCode).setParameter(2, tpsNumber).setParameter(3, nowUtc).executeUpdate();
        } else if (before.complete() && !after.complete()) {
            em.createNativeQuery("delete from lgs_tps_ready where village_code = ?1 and tps_number = ?2")
                    .setParameter(1, villageCode).setParameter(2, tpsNumber).executeUpdate();
        }
        before.itemChangesTo(after).forEach((item, covered) -> {
            int updated = em.createNativeQuery("update lgs_tps_stock set covered = ?1 where village_code = ?2"
                            + " and tps_number = ?3 and item_code = ?4")
                    .setParameter(1, covered ? "Y" : "N").setParameter(2, villageCode).setParameter(3, tpsNumber)
                    .setParameter(4, item).executeUpdate();
            if (updated == 0) {
                // covered without any stock: an item the TPS needs none of
                em.createNativeQuery("insert into lgs_tps_stock (village_code, tps_number, item_code, usable, covered)"
                                + " values (?1, ?2, ?3, 0, 'Y')")
                        .setParameter(1, villageCode).setParameter(2, tpsNumber).setParameter(3, item).executeUpdate();
            }
        });
    }

    /**
     * Moves the counts of the desa and of every level above it by {@code delta}, desa first, creating the rows
     * of a region that is new since the last rebuild.
     */
    private List<Readiness[]> move(String villageCode, ReadinessDelta delta) {
        List<Readiness[]> changes = new ArrayList<>(LEVELS.length);
        for (int length : LEVELS) {
            String code = villageCode.substring(0, length);
            if (delta.movesKit()) {
                int updated = em.createNativeQuery("update lgs_readiness set tps_total = tps_total + ?1,"
                                + " tps_ready = tps_ready + ?2 where region_code = ?3")
                        .setParameter(1, delta.tpsTotal()).setParameter(2, delta.tpsReady()).setParameter(3, code)
                        .executeUpdate();
                if (updated == 0) {
                    em.createNativeQuery("insert into lgs_readiness (region_code, code_length, tps_total, tps_ready)"
                                    + " values (?1, ?2, ?3, ?4)")
                            .setParameter(1, code).setParameter(2, length).setParameter(3, delta.tpsTotal())
                            .setParameter(4, delta.tpsReady()).executeUpdate();
                }
                // read after the update, which waited for any other writer: the figures this change really made
                find(code).ifPresent(after -> changes.add(new Readiness[] {delta.before(after), after}));
            }
            delta.items().forEach((item, change) -> {
                int updated = em.createNativeQuery("update lgs_readiness_item set tps_ready = tps_ready + ?1"
                                + " where region_code = ?2 and item_code = ?3")
                        .setParameter(1, change).setParameter(2, code).setParameter(3, item).executeUpdate();
                if (updated == 0) {
                    em.createNativeQuery("insert into lgs_readiness_item (region_code, item_code, tps_ready)"
                                    + " values (?1, ?2, ?3)")
                            .setParameter(1, code).setParameter(2, item).setParameter(3, change).executeUpdate();
                }
            });
        }
        return changes;
    }

    /**
     * Brings the desa's counts to a recount of its few TPS (active ones, and of those the ready ones and the
     * items covered) and moves every level above by the same difference, one row per level and per level and
     * item: after a receipt or a check changed what one of its TPS covers, or the TPS was created, removed or
     * restored. Repeating it changes nothing.
     *
     * @return each level's readiness before and after, desa first … nation last; empty when the kit figures do
     *         not move (per-item counts alone)
     */
    public List<Readiness[]> reconcileVillage(String villageCode) {
        List<Object[]> kit = em.createNativeQuery(kitRecount(13, " and t.village_code = ?1"))
                .setParameter(1, villageCode).getResultList();
        Readiness recounted = kit.stream().findFirst()
                .map(r -> new Readiness(villageCode, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .orElse(new Readiness(villageCode, 0, 0));
        Map<String, Long> recountedItems = itemCounts(em.createNativeQuery(
                "select item_code, ready from (" + itemRecount(13, " and s.village_code = ?1") + ") c")
                .setParameter(1, villageCode).getResultList());
        Map<String, Long> storedItems = itemCounts(em.createNativeQuery(
                "select item_code, tps_ready from lgs_readiness_item where region_code = ?1")
                .setParameter(1, villageCode).getResultList());
        return move(villageCode, ReadinessDelta.between(find(villageCode).orElse(new Readiness(villageCode, 0, 0)),
                storedItems, recounted, recountedItems));
    }

    public Optional<Readiness> find(String regionCode) {
        List<Object[]> rows = em.createNativeQuery("select tps_total, tps_ready from lgs_readiness where region_code = ?1")
                .setParameter(1, regionCode).getResultList();
        return rows.stream().findFirst().map(r -> new Readiness(regionCode, ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue()));
    }

    /** The regions one level below (provinces for the nation), in code order. */
    /** Every region of one level (by the length of its code), through the level index. */
    public List<Readiness> level(int codeLength) {
        List<Object[]> rows = em.createNativeQuery("select region_code, tps_total, tps_ready from lgs_readiness"
                + " where code_length = ?1 order by region_code").setParameter(1, codeLength).getResultList();
        return rows.stream().map(r -> new Readiness((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    public List<Readiness> children(String regionCode) {
        int childLength = regionCode.isEmpty() ? 2 : regionCode.length() == 2 ? 5 : regionCode.length() == 5 ? 8 : 13;
        List<Object[]> rows = em.createNativeQuery("select region_code, tps_total, tps_ready from lgs_readiness"
                        + " where region_code like ?1 and length(region_code) = ?2 order by region_code")
                .setParameter(1, regionCode.isEmpty() ? "%" : regionCode + ".%").setParameter(2, childLength)
                .getResultList();
        return rows.stream().map(r -> new Readiness((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /** The region's readiness per item of the kit, in catalogue order, out of its {@code tpsTotal} TPS. */
    public List<ItemReadiness> items(String regionCode, long tpsTotal) {
        List<Object[]> rows = em.createNativeQuery("select i.code, coalesce(x.tps_ready, 0) from lgs_item i"
                        + " left join lgs_readiness_item x on x.item_code = i.code and x.region_code = ?1"
                        + " order by i.ordinal")
                .setParameter(1, regionCode).getResultList();
        return rows.stream().map(r -> ItemReadiness.of((String) r[0], ((Number) r[1]).longValue(), tpsTotal))
                .toList();
    }

    /**
     * Regions of one level within the scope whose share of ready TPS lies below the target, least ready first;
     * read through the level index, never from the TPS. Regions without TPS have nothing to reach.
     *
     * @param codeLength the level by the length of its codes: 2 province, 5 kab/kota, 8 kecamatan, 13 desa
     */
    public List<Readiness> below(int codeLength, Scope scope, int targetPercent, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = belowTarget(codeLength, scope, targetPercent, parameters);
        parameters.add(max);
        parameters.add(first);
        Query query = em.createNativeQuery("select region_code, tps_total, tps_ready from lgs_readiness" + where
                + " order by tps_ready * 1.0 / tps_total, region_code limit ?" + (parameters.size() - 1)
                + " offset ?" + parameters.size());
        bind(query, parameters);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Readiness((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    public long countBelow(int codeLength, Scope scope, int targetPercent) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery("select count(*) from lgs_readiness"
                + belowTarget(codeLength, scope, targetPercent, parameters));
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The where clause of {@link #below}, its parameters numbered in the order they are added. Each prefix of the
     * scope becomes a range of codes of the one shape of the level ("53" at kecamatan level: 53.00.00 … 53.99.99),
     * which the level index answers as a range under any collation, as a LIKE prefix would not on PostgreSQL.
     */
    private static String belowTarget(int codeLength, Scope scope, int targetPercent, List<Object> parameters) {
        parameters.add(codeLength);
        parameters.add(targetPercent);
        StringBuilder where = new StringBuilder(" where code_length = ?1 and tps_total > 0"
                + " and tps_ready * 100 < ?2 * tps_total");
        if (!scope.isNational()) {
            where.append(" and (1 = 0");
            for (String prefix : scope.sortedPrefixes()) {
                if (prefix.length() <= codeLength) {
                    parameters.add(prefix + LOWEST_CODE.substring(prefix.length(), codeLength));
                    parameters.add(prefix + HIGHEST_CODE.substring(prefix.length(), codeLength));
                    where.append(" or region_code between ?").append(parameters.size() - 1)
                            .append(" and ?").append(parameters.size());
                }
            }
            where.append(')');
        }
        return where.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /**
     * Rebuilds the whole read model from the platform's TPS list (totals), the ready TPS and the covered items
     * (counts), level by level in grouped statements: after the TPS list changed in bulk. Items are counted per
     * desa over the raw tables and summed from there upwards; every region gets a row per item, zeros too, so
     * that receipts only ever update rows.
     */
    public void rebuild() {
        em.createNativeQuery("delete from lgs_readiness_item").executeUpdate();
        em.createNativeQuery("delete from lgs_readiness").executeUpdate();
        for (int length : LEVELS) {
            em.createNativeQuery("insert into lgs_readiness (region_code, code_length, tps_total, tps_ready)"
                    + " select code, " + length + ", total, ready from (" + kitRecount(length, "") + ") c")
                    .executeUpdate();
            String region = levelCode(length, "x.region_code");
            String counts = length == 13 ? itemRecount(13, "")
                    : "select " + region + ", x.item_code, sum(x.tps_ready) from lgs_readiness_item x"
                    + " where length(x.region_code) = 13 group by " + (length == 0 ? "" : region + ", ")
                    + "x.item_code";
            em.createNativeQuery("insert into lgs_readiness_item (region_code, item_code, tps_ready) " + counts)
                    .executeUpdate();
        }
        em.createNativeQuery("insert into lgs_readiness_item (region_code, item_code, tps_ready)"
                + " select m.region_code, i.code, 0 from lgs_readiness m cross join lgs_item i where not exists"
                + " (select 1 from lgs_readiness_item x where x.region_code = m.region_code and x.item_code = i.code)")
                .executeUpdate();
    }

    /**
     * Regions (and regions' items) whose stored readiness differs from a recount over the raw tables (empty when
     * the incremental model is right): the check behind the property test and the administrators' verification.
     */
    public List<String> differencesFromRecount() {
        List<String> differences = new ArrayList<>();
        for (int length : LEVELS) {
            List<Object[]> rows = em.createNativeQuery("select c.code, c.total, c.ready, m.tps_total, m.tps_ready"
                    + " from (" + kitRecount(length, "") + ") c left join lgs_readiness m on m.region_code = c.code"
                    + " where m.region_code is null or m.tps_total <> c.total or m.tps_ready <> c.ready")
                    .getResultList();
            rows.forEach(r -> differences.add(r[0] + ": recount " + r[2] + "/" + r[1] + ", model " + r[4] + "/" + r[3]));
            // the recount outermost (H2 would evaluate a grouped subquery again for every row of an outer table)
            List<Object[]> items = em.createNativeQuery("select c.code, c.item_code, c.ready, x.tps_ready from ("
                    + itemRecount(length, "") + ") c left join lgs_readiness_item x on x.region_code = c.code"
                    + " and x.item_code = c.item_code where x.tps_ready is null or x.tps_ready <> c.ready")
                    .getResultList();
            items.forEach(r -> differences.add(r[0] + " " + r[1] + ": recount " + r[2] + ", model "
                    + (r[3] == null ? 0 : r[3])));
            // model rows the recount does not know at all, compared in memory: a correlated NOT EXISTS is planned
            // as a nested loop over the whole stock whenever the statistics are stale (right after bulk loads)
            java.util.Set<String> recounted = new java.util.HashSet<>();
            List<Object[]> recount = em.createNativeQuery("select c.code, c.item_code from (" + itemRecount(length, "")
                    + ") c").getResultList();
            recount.forEach(r -> recounted.add(r[0] + " " + r[1]));
            List<Object[]> uncounted = em.createNativeQuery("select x.region_code, x.item_code, x.tps_ready"
                    + " from lgs_readiness_item x where length(x.region_code) = " + length + " and x.tps_ready <> 0")
                    .getResultList();
            uncounted.removeIf(r -> recounted.contains(r[0] + " " + r[1]));
            uncounted.forEach(r -> differences.add(r[0] + " " + r[1] + ": recount 0, model " + r[2]));
        }
        return differences;
    }

    /**
     * Marks ready in bulk all TPS under a village-code prefix but about one in {@code everyNthMissing} (spread
     * over villages deterministically), leaving alone the TPS under {@code exceptPrefix} (null: none), each with
     * the usable stock {@code kit} (item code → quantity, covering the need): demo data and benchmarks. The
     * caller rebuilds the model afterwards.
     */
    public int markReadyWhere(String villagePrefix, int everyNthMissing, String exceptPrefix,
                              Map<String, Integer> kit, LocalDateTime nowUtc) {
        String except = exceptPrefix == null ? "" : " and not (t.village_code >= ?5 and t.village_code < ?6)";
        var insert = em.createNativeQuery("insert into lgs_tps_ready (village_code, tps_number, ready_at)"
                        + " select t.village_code, t.tps_number, ?1 from plt_tps t where t.status = 'AKTIF'"
                        + " and t.village_code >= ?2 and t.village_code < ?3"
                        + " and mod(cast(substr(t.village_code, 10, 4) as integer) * 31 + t.tps_number * 17, ?4) <> 0"
                        + except + " and not exists (select 1 from lgs_tps_ready r where r.village_code = t.village_code"
                        + " and r.tps_number = t.tps_number)")
                .setParameter(1, nowUtc).setParameter(2, villagePrefix).setParameter(3, villagePrefix + "~")
                .setParameter(4, everyNthMissing);
        if (exceptPrefix != null) {
            insert.setParameter(5, exceptPrefix).setParameter(6, exceptPrefix + "~");
        }
        int marked = insert.executeUpdate();
        kit.forEach((item, quantity) -> em.createNativeQuery("insert into lgs_tps_stock (village_code, tps_number,"
                        + " item_code, usable, covered) select r.village_code, r.tps_number, ?1, ?2, 'Y'"
                        + " from lgs_tps_ready r where r.village_code >= ?3 and r.village_code < ?4"
                        + " and not exists (select 1 from lgs_tps_stock s where s.village_code = r.village_code"
                        + " and s.tps_number = r.tps_number and s.item_code = ?5)")
                .setParameter(1, item).setParameter(2, quantity).setParameter(3, villagePrefix)
                .setParameter(4, villagePrefix + "~").setParameter(5, item).executeUpdate());
        return marked;
    }

    /** Ready TPS counted straight from the raw tables, per province and for the nation (the benchmark's baseline). */
    public List<Readiness> recountByProvince() {
        List<Object[]> rows = em.createNativeQuery("select substr(t.village_code, 1, 2), count(*),"
                + " count(r.village_code) from plt_tps t left join lgs_tps_ready r on r.village_code = t.village_code"
                + " and r.tps_number = t.tps_number where t.status = 'AKTIF' group by substr(t.village_code, 1, 2)"
                + " order by 1").getResultList();
        return rows.stream().map(r -> new Readiness((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /** Active TPS and those marked ready, per region of the level ({@code code, total, ready}). */
    private static String kitRecount(int length, String condition) {
        String code = levelCode(length, "t.village_code");
        return "select " + code + " as code, count(*) as total, count(r.village_code) as ready from plt_tps t"
                + " left join lgs_tps_ready r on r.village_code = t.village_code and r.tps_number = t.tps_number"
                + " where t.status = 'AKTIF'" + condition + (length == 0 ? "" : " group by " + code);
    }

    /** Active TPS with the item covered, per region of the level and item ({@code code, item_code, ready}). */
    private static String itemRecount(int length, String condition) {
        String code = levelCode(length, "s.village_code");
        return "select " + code + " as code, s.item_code as item_code, count(*) as ready from lgs_tps_stock s"
                + " join plt_tps t on t.village_code = s.village_code and t.tps_number = s.tps_number"
                + " where t.status = 'AKTIF' and s.covered = 'Y'" + condition
                + " group by " + (length == 0 ? "" : code + ", ") + "s.item_code";
    }

    /** The code of the region of the level that {@code column} (a desa code) lies in. */
    private static String levelCode(int length, String column) {
        return length == 0 ? "''" : "substr(" + column + ", 1, " + length + ")";
    }

    private static Map<String, Long> itemCounts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
