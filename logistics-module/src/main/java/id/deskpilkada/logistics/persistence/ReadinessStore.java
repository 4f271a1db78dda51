package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.Readiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The readiness read model and the TPS stock behind it, in SQL: a receipt moves one row per level, so that the
 * national figure is one primary-key read, never a scan of 435,000 TPS.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadinessStore {

    /** Code lengths of the levels a TPS counts in: desa, kecamatan, kab/kota, province, nation. */
    private static final int[] LEVELS = {13, 8, 5, 2, 0};

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

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
        Map<String, Integer> stock = new java.util.HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select item_code, usable from lgs_tps_stock where village_code = ?1"
                + " and tps_number = ?2").setParameter(1, villageCode).setParameter(2, tpsNumber).getResultList();
        rows.forEach(r -> stock.put((String) r[0], ((Number) r[1]).intValue()));
        return stock;
    }

    public boolean isReady(String villageCode, int tpsNumber) {
        return !em.createNativeQuery("select 1 from lgs_tps_ready where village_code = ?1 and tps_number = ?2")
                .setParameter(1, villageCode).setParameter(2, tpsNumber).getResultList().isEmpty();
    }

    /**
     * Marks the TPS ready and counts it once at every level.
     *
     * @return each level's readiness before and after, desa first … nation last
     */
    public List<Readiness[]> markReady(String villageCode, int tpsNumber, LocalDateTime nowUtc) {
        em.createNativeQuery("insert into lgs_tps_ready (village_code, tps_number, ready_at) values (?1, ?2, ?3)")
                .setParameter(1, villageCode).setParameter(2, tpsNumber).setParameter(3, nowUtc).executeUpdate();
        List<Readiness[]> changes = new ArrayList<>(LEVELS.length);
        for (int length : LEVELS) {
            String code = villageCode.substring(0, length);
            em.createNativeQuery("update lgs_readiness set tps_ready = tps_ready + 1 where region_code = ?1")
                    .setParameter(1, code).executeUpdate();
            find(code).ifPresent(after -> changes.add(new Readiness[] {
                new Readiness(code, after.tpsTotal(), after.tpsReady() - 1), after}));
        }
        return changes;
    }

    public Optional<Readiness> find(String regionCode) {
        List<Object[]> rows = em.createNativeQuery("select tps_total, tps_ready from lgs_readiness where region_code = ?1")
                .setParameter(1, regionCode).getResultList();
        return rows.stream().findFirst().map(r -> new Readiness(regionCode, ((Number) r[0]).longValue(),
                ((Number) r[1]).longValue()));
    }

    /** The regions one level below (provinces for the nation), in code order. */
    public List<Readiness> children(String regionCode) {
        int childLength = regionCode.isEmpty() ? 2 : regionCode.length() == 2 ? 5 : regionCode.length() == 5 ? 8 : 13;
        List<Object[]> rows = em.createNativeQuery("select region_code, tps_total, tps_ready from lgs_readiness"
                        + " where region_code like ?1 and length(region_code) = ?2 order by region_code")
                .setParameter(1, regionCode.isEmpty() ? "%" : regionCode + ".%").setParameter(2, childLength)
                .getResultList();
        return rows.stream().map(r -> new Readiness((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /**
     * Rebuilds the whole read model from the platform's TPS list (totals) and the ready TPS (counts), level by
     * level in grouped statements: after the TPS list changed, and as the reference the incremental model is
     * checked against.
     */
    public void rebuild() {
        em.createNativeQuery("delete from lgs_readiness").executeUpdate();
        for (int length : LEVELS) {
            String code = length == 0 ? "''" : "substr(t.village_code, 1, " + length + ")";
            em.createNativeQuery("insert into lgs_readiness (region_code, tps_total, tps_ready) select " + code
                    + ", count(*), count(r.village_code) from plt_tps t left join lgs_tps_ready r"
                    + " on r.village_code = t.village_code and r.tps_number = t.tps_number"
                    + " where t.status = 'AKTIF'" + (length == 0 ? "" : " group by " + code)).executeUpdate();
        }
    }

    /**
     * Regions whose stored readiness differs from a recount over the raw tables (empty when the incremental
     * model is right): the check behind the property test and the administrators' verification.
     */
    public List<String> differencesFromRecount() {
        List<String> differences = new ArrayList<>();
        for (int length : LEVELS) {
            String code = length == 0 ? "''" : "substr(t.village_code, 1, " + length + ")";
            List<Object[]> rows = em.createNativeQuery("select c.code, c.total, c.ready, m.tps_total, m.tps_ready from"
                    + " (select " + code + " as code, count(*) as total, count(r.village_code) as ready from plt_tps t"
                    + " left join lgs_tps_ready r on r.village_code = t.village_code and r.tps_number = t.tps_number"
                    + " where t.status = 'AKTIF'" + (length == 0 ? "" : " group by " + code) + ") c"
                    + " left join lgs_readiness m on m.region_code = c.code"
                    + " where m.region_code is null or m.tps_total <> c.total or m.tps_ready <> c.ready")
                    .getResultList();
            rows.forEach(r -> differences.add(r[0] + ": recount " + r[2] + "/" + r[1] + ", model " + r[4] + "/" + r[3]));
        }
        return differences;
    }

    /**
     * Marks ready in bulk all TPS under a village-code prefix but about one in {@code everyNthMissing} (spread
     * over villages deterministically), leaving alone the TPS under {@code exceptPrefix} (null: none), then
     * rebuilds the model: demo data and benchmarks.
     */
    public int markReadyWhere(String villagePrefix, int everyNthMissing, String exceptPrefix, LocalDateTime nowUtc) {
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
        rebuild();
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
}
