package id.deskpilkada.security.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personnel needed per region from TPS categories and a pattern: Polri and Linmas per desa (teams do not cross
 * a desa), TNI support per kecamatan with TPS, summed to kecamatan, kab/kota (Polres), province (Polda) and the
 * nation ({@code ""}). Fed one (desa, category, TPS count) row at a time, so the national plan needs one
 * aggregate query and about 91,000 map entries, never the 435,000 TPS.
 */
public final class DeploymentPlan {

    private final StaffingPattern pattern;
    private final Map<String, PersonnelNeed> needs = new HashMap<>();
    private final Map<String, TpsByCategory> tps = new HashMap<>();
    private final Set<String> kecamatanWithTps = new HashSet<>();

    public DeploymentPlan(StaffingPattern pattern) {
        this.pattern = pattern;
    }

    public void add(String villageCode, VulnerabilityCategory category, int tpsCount) {
        add(villageCode, category, tpsCount, 0);
    }

    /** The desa's TPS of one category, at most once per desa and category (teams are formed over all of them). */
    public void add(DesaCategoryCount row) {
        add(row.villageCode(), row.category(), row.tps(), row.unclassified());
    }

    /**
     * @param unclassified how many of the TPS have no category yet: they are planned as {@code category}, which
     *                     is then kurang rawan, and counted apart so that pages can say how many there are
     */
    public void add(String villageCode, VulnerabilityCategory category, int tpsCount, int unclassified) {
        if (villageCode == null || villageCode.length() != 13) {
            throw new IllegalArgumentException("Not a desa code: " + villageCode);
        }
        if (unclassified < 0 || unclassified > Math.max(0, tpsCount)) {
            throw new IllegalArgumentException("Unclassified TPS " + unclassified + " of " + tpsCount);
        }
        if (tpsCount <= 0) {
            return;
        }
        String kecamatan = villageCode.substring(0, 8);
        if (kecamatanWithTps.add(kecamatan)) {
            rollUp(kecamatan, pattern.kecamatanSupport(), TpsByCategory.NONE);
        }
        rollUp(villageCode, pattern.desa(category, tpsCount), TpsByCategory.of(category, tpsCount, unclassified));
    }

    private void rollUp(String code, PersonnelNeed need, TpsByCategory counted) {
        for (String region : RegionPrefixes.selfAndAbove(code)) {
            needs.merge(region, need, PersonnelNeed::plus);
            tps.merge(region, counted, TpsByCategory::plus);
        }
    }

    public StaffingPattern pattern() {
        return pattern;
    }

    public PersonnelNeed need(String regionCode) {
        return needs.getOrDefault(regionCode, PersonnelNeed.NONE);
    }

    public long tps(String regionCode) {
        return tpsByCategory(regionCode).total();
    }

    public TpsByCategory tpsByCategory(String regionCode) {
        return tps.getOrDefault(regionCode, TpsByCategory.NONE);
    }

    public Map<String, PersonnelNeed> needs() {
        return Collections.unmodifiableMap(needs);
    }

    /** Need against supply for one region and force; empty when supply covers it. */
    public Optional<DeploymentGap> gap(String regionCode, Force force, long available, long standby) {
        long needed = need(regionCode).of(force);
        return needed > available
                ? Optional.of(new DeploymentGap(regionCode, force, needed, available, standby))
                : Optional.empty();
    }
}
