package id.deskpilkada.security.persistence;

import id.deskpilkada.security.domain.DesaCategoryCount;
import java.util.function.Consumer;

/**
 * The planner's input as one aggregate: active TPS per (desa, category) under a region, a TPS without a
 * category counted as kurang rawan. Behind an interface so that feeding the plan can be tested without a
 * database.
 */
@FunctionalInterface
public interface TpsCategoryCounts {

    /**
     * Hands every (desa, category) row under the region ({@code ""}: the nation) to {@code sink}, in desa code
     * order, at most one row per desa and category.
     */
    void forEachUnder(String regionCode, Consumer<DesaCategoryCount> sink);
}
