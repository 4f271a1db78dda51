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

    /** Code lengths: desa, kecamatan, kab/kota, province, nation. */
    private static final int[] LEVELS = {13, 8, 5, 2, 0};

    private final StaffingPattern pattern;
    private final Map<String, PersonnelNeed> needs = new HashMap<>();
    private final Map<String, Long> tps = new HashMap<>();
    private final Set<String> kecamatanWithTps = new HashSet<>();

    public DeploymentPlan(StaffingPattern pattern) {
        this.pattern = pattern;
    }

    public void add(String villageCode, VulnerabilityCategory category, int tpsCount) {
        if (villageCode == null || villageCode.length() != 13) {
            throw new IllegalArgumentException("Not a desa code: " + villageCode);
        }
        if (tpsCount <= 0) {
            return;
        }
        PersonnelNeed need = pattern.desa(category, tpsCount);
        if (kecamatanWithTps.add(villageCode.substring(0, 8))) {
            addFrom(villageCode.substring(0, 8), pattern.kecamatanSupport(), 0, 1);
        }
        addFrom(villageCode, need, tpsCount, 0);
    }

    private void addFrom(String code, PersonnelNeed need, long tpsCount, int firstLevel) {
        for (int i = firstLevel; i < LEVELS.length; i++) {
            String region = code.substring(0, Math.min(LEVELS[i], code.length()));
            needs.merge(region, need, PersonnelNeed::plus);
            tps.merge(region, tpsCount, Long::sum);
        }
    }

    public PersonnelNeed need(String regionCode) {
        return needs.getOrDefault(regionCode, PersonnelNeed.NONE);
    }

    public long tps(String regionCode) {
        return tps.getOrDefault(regionCode, 0L);
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
