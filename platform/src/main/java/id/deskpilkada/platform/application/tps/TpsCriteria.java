package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.tps.VillageRange;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The JPQL conditions of a TPS list: the caller's jurisdiction narrowed by the filter, as village-code ranges
 * (see {@link VillageRange} for why ranges and not {@code LIKE}), then the other filters. Region scoping of
 * other lists ({@code RegionDirectory}) uses {@code LIKE} on the region code; at ~435,000 TPS the range keeps
 * every region filter on the {@code (village_code, tps_number)} index.
 */
final class TpsCriteria {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private TpsCriteria() {
    }

    /**
     * @throws IllegalArgumentException for a region prefix or village code that is no region code
     */
    static TpsCriteria of(Scope scope, TpsFilter filter) {
        TpsCriteria criteria = new TpsCriteria();
        Scope visible = scope.narrowedTo(checkedCode(filter.regionPrefix()));
        String village = checkedCode(filter.villageCode());
        if (village != null) {
            visible = visible.covers(village) ? new Scope(Set.of(village)) : Scope.NONE;
        }
        criteria.scope(visible);
        if (filter.status() != null) {
            criteria.add("t.status = :status", "status", filter.status());
        }
        if (filter.minVoters() != null) {
            criteria.add("t.voters >= :minVoters", "minVoters", filter.minVoters());
        }
        if (filter.maxVoters() != null) {
            criteria.add("t.voters <= :maxVoters", "maxVoters", filter.maxVoters());
        }
        String text = filter.addressText() == null ? "" : filter.addressText().strip();
        if (!text.isEmpty()) {
            criteria.add("lower(t.address) like :text escape '!'", "text",
                    "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        }
        return criteria;
    }

    <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql(select, orderBy), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    String jpql(String select, String orderBy) {
        return select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + orderBy;
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    private void scope(Scope visible) {
        if (visible.isNational()) {
            return;
        }
        List<String> prefixes = visible.sortedPrefixes();
        if (prefixes.isEmpty()) {
            conditions.add("1 = 0");
            return;
        }
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            VillageRange range = VillageRange.under(prefixes.get(i));
            ranges.add("t.villageCode between :from" + i + " and :to" + i);
            parameters.put("from" + i, range.first());
            parameters.put("to" + i, range.last());
        }
        conditions.add("(" + String.join(" or ", ranges) + ")");
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    private static String checkedCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        if (!RegionCode.isWellFormed(c)) {
            throw new IllegalArgumentException("Not a region code: " + code);
        }
        return c;
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
