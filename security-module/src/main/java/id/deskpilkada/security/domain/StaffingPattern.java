package id.deskpilkada.security.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The personnel pattern of one operation: a team rule per TPS category and TNI support per kecamatan (TNI
 * back the police from the Koramil, they do not stand at TPS).
 */
public final class StaffingPattern {

    private final Map<VulnerabilityCategory, TeamRule> rules;
    private final int tniPerKecamatan;

    public StaffingPattern(Map<VulnerabilityCategory, TeamRule> rules, int tniPerKecamatan) {
        for (VulnerabilityCategory category : VulnerabilityCategory.values()) {
            if (!rules.containsKey(category)) {
                throw new IllegalArgumentException("The pattern has no rule for " + category);
            }
        }
        if (tniPerKecamatan < 0) {
            throw new SecurityRuleViolation(SecurityProblem.NEGATIVE_PERSONNEL, tniPerKecamatan);
        }
        this.rules = new EnumMap<>(rules);
        this.tniPerKecamatan = tniPerKecamatan;
    }

    /** The usual Pilkada pattern: 2 : 8 : 16, 2 : 2 : 4, 2 : 1 : 2, khusus 2 Polri per TPS. */
    public static StaffingPattern usual(int tniPerKecamatan) {
        return new StaffingPattern(Map.of(
                VulnerabilityCategory.KURANG_RAWAN, new TeamRule(2, 8, 16),
                VulnerabilityCategory.RAWAN, new TeamRule(2, 2, 4),
                VulnerabilityCategory.SANGAT_RAWAN, new TeamRule(2, 1, 2),
                VulnerabilityCategory.KHUSUS, new TeamRule(2, 1, 2)), tniPerKecamatan);
    }

    public TeamRule rule(VulnerabilityCategory category) {
        return rules.get(category);
    }

    public int tniPerKecamatan() {
        return tniPerKecamatan;
    }

    /** Personnel for one desa's TPS of one category. */
    public PersonnelNeed desa(VulnerabilityCategory category, int tps) {
        return rules.get(category).forTps(tps);
    }

    /** TNI support for one kecamatan that has TPS. */
    public PersonnelNeed kecamatanSupport() {
        return new PersonnelNeed(0, tniPerKecamatan, 0);
    }
}
