package id.deskpilkada.security.persistence;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.security.domain.IndexLevel;
import id.deskpilkada.security.domain.IndexNode;
import id.deskpilkada.security.domain.IndexResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regional vulnerability index in SQL: the model (sec_index_node), the assessors' indicator scores per
 * region and the computed result per region (at most one per province and kab/kota, ~550 rows).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IndexStore {

    /** Ranked: tinggi first, then by score. */
    private static final String RANK_ORDER = " order by case level when 'TINGGI' then 0 when 'SEDANG' then 1"
            + " else 2 end, total desc, region_code";

    @PersistenceContext(unitName = "security")
    EntityManager em;

    /** The model in its configured order. */
    public List<IndexNode> nodes() {
        List<Object[]> rows = em.createNativeQuery("select code, parent_code, name, weight from sec_index_node"
                + " order by ordinal, code").getResultList();
        return rows.stream().map(r -> new IndexNode((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue())).toList();
    }

    public void addNode(IndexNode node) {
        Number max = (Number) em.createNativeQuery("select max(ordinal) from sec_index_node").getSingleResult();
        em.createNativeQuery("insert into sec_index_node (code, parent_code, name, weight, ordinal)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, node.code()).setParameter(2, node.parentCode()).setParameter(3, node.name())
                .setParameter(4, BigDecimal.valueOf(node.weight()))
                .setParameter(5, max == null ? 1 : max.intValue() + 1).executeUpdate();
    }

    public void changeNode(IndexNode node) {
        em.createNativeQuery("update sec_index_node set name = ?1, weight = ?2 where code = ?3")
                .setParameter(1, node.name()).setParameter(2, BigDecimal.valueOf(node.weight()))
                .setParameter(3, node.code()).executeUpdate();
    }

    public void removeNode(String code) {
        em.createNativeQuery("delete from sec_index_node where code = ?1").setParameter(1, code).executeUpdate();
    }

    public boolean isScored(String indicatorCode) {
        return !em.createNativeQuery("select 1 from sec_index_score where indicator_code = ?1")
                .setParameter(1, indicatorCode).setMaxResults(1).getResultList().isEmpty();
    }

    /** Indicator code → score of the region. */
    public Map<String, Double> scores(String regionCode) {
        List<Object[]> rows = em.createNativeQuery("select indicator_code, score from sec_index_score"
                + " where region_code = ?1").setParameter(1, regionCode).getResultList();
        Map<String, Double> scores = new LinkedHashMap<>();
        rows.forEach(r -> scores.put((String) r[0], ((Number) r[1]).doubleValue()));
        return scores;
    }

    public void putScore(String regionCode, String indicatorCode, BigDecimal score, String actor,
                         LocalDateTime nowUtc) {
        int updated = em.createNativeQuery("update sec_index_score set score = ?1, assessed_by = ?2, assessed_at = ?3"
                        + " where region_code = ?4 and indicator_code = ?5")
                .setParameter(1, score).setParameter(2, actor).setParameter(3, nowUtc).setParameter(4, regionCode)
                .setParameter(5, indicatorCode).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into sec_index_score (region_code, indicator_code, score, assessed_by,"
                            + " assessed_at) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, regionCode).setParameter(2, indicatorCode).setParameter(3, score)
                    .setParameter(4, actor).setParameter(5, nowUtc).executeUpdate();
        }
    }

    public void removeScore(String regionCode, String indicatorCode) {
        em.createNativeQuery("delete from sec_index_score where region_code = ?1 and indicator_code = ?2")
                .setParameter(1, regionCode).setParameter(2, indicatorCode).executeUpdate();
    }

    /** Regions with at least one score, for recomputing every result after the model changed. */
    public List<String> scoredRegions() {
        List<Object> rows = em.createNativeQuery("select distinct region_code from sec_index_score"
                + " order by region_code").getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    public Optional<IndexResult> result(String regionCode) {
        List<Object[]> rows = em.createNativeQuery("select region_code, total, completeness, level, computed_at"
                + " from sec_index_result where region_code = ?1").setParameter(1, regionCode).getResultList();
        return rows.stream().findFirst().map(IndexStore::result);
    }

    /** Stores the region's result; none (a region without scores) removes it. */
    public void putResult(String regionCode, Optional<IndexResult> result) {
        em.createNativeQuery("delete from sec_index_result where region_code = ?1").setParameter(1, regionCode)
                .executeUpdate();
        result.ifPresent(r -> em.createNativeQuery("insert into sec_index_result (region_code, total, completeness,"
                        + " level, computed_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, r.regionCode()).setParameter(2, r.total()).setParameter(3, r.completeness())
                .setParameter(4, r.level().name()).setParameter(5, r.computedAt()).executeUpdate());
    }

    /** Results of the regions of one code length (2: provinces, 5: kab/kota) in the scope, ranked. */
    public List<IndexResult> ranking(int codeLength, Scope scope, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery("select region_code, total, completeness, level, computed_at"
                + " from sec_index_result where length(region_code) = " + codeLength + scope(scope, parameters)
                + RANK_ORDER);
        bind(query, parameters);
        List<Object[]> rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        return rows.stream().map(IndexStore::result).toList();
    }

    /** How many of those regions are at each level. */
    public Map<IndexLevel, Long> levelCounts(int codeLength, Scope scope) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery("select level, count(*) from sec_index_result where length(region_code) = "
                + codeLength + scope(scope, parameters) + " group by level");
        bind(query, parameters);
        Map<IndexLevel, Long> counts = new EnumMap<>(IndexLevel.class);
        for (IndexLevel level : IndexLevel.values()) {
            counts.put(level, 0L);
        }
        List<Object[]> rows = query.getResultList();
        rows.forEach(r -> counts.put(IndexLevel.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /** {@code and (region_code = ? or region_code like ? …)} for a regional scope, nothing for the nation. */
    private static String scope(Scope scope, List<Object> parameters) {
        if (scope.isNational()) {
            return "";
        }
        StringBuilder condition = new StringBuilder(" and (1 = 0");
        for (String prefix : scope.sortedPrefixes()) {
            parameters.add(prefix);
            condition.append(" or region_code = ?").append(parameters.size());
            parameters.add(prefix + ".%");
            condition.append(" or region_code like ?").append(parameters.size());
        }
        return condition.append(')').toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static IndexResult result(Object[] r) {
        Object at = r[4];
        BigDecimal total = r[1] instanceof BigDecimal exact ? exact
                : BigDecimal.valueOf(((Number) r[1]).doubleValue());
        return new IndexResult((String) r[0], total.setScale(2, RoundingMode.HALF_UP), ((Number) r[2]).intValue(),
                IndexLevel.valueOf((String) r[3]),
                at instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) at);
    }
}
