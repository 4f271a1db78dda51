package id.deskpilkada.security.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Classification of a TPS by rules, for bulk classification: each indicator may lift the TPS to at least a
 * category (a border area → rawan; past conflict → sangat rawan), and so may the number of indicators found
 * together (three or more → sangat rawan). Rules only ever raise: the result is the highest category any rule
 * gives, kurang rawan when none applies.
 */
public final class ClassificationRules {

    private final Map<String, VulnerabilityCategory> byIndicator;
    private final NavigableMap<Integer, VulnerabilityCategory> byCount;

    /**
     * @param byIndicator indicator code → the category it lifts a TPS to at least (every known indicator is a
     *                    key; an indicator that lifts nothing by itself maps to kurang rawan)
     * @param byCount     number of indicators at least → category at least
     */
    public ClassificationRules(Map<String, VulnerabilityCategory> byIndicator,
                               Map<Integer, VulnerabilityCategory> byCount) {
        byCount.keySet().forEach(count -> {
            if (count < 1) {
                throw new IllegalArgumentException("A count rule needs at least one indicator: " + count);
            }
        });
        this.byIndicator = Map.copyOf(byIndicator);
        this.byCount = new TreeMap<>(byCount);
    }

    public VulnerabilityCategory classify(Collection<String> indicators) {
        Set<String> distinct = new HashSet<>(indicators);
        VulnerabilityCategory category = VulnerabilityCategory.KURANG_RAWAN;
        for (String indicator : distinct) {
            VulnerabilityCategory lifted = byIndicator.get(indicator);
            if (lifted == null) {
                throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_INDICATOR, indicator);
            }
            category = category.max(lifted);
        }
        Map.Entry<Integer, VulnerabilityCategory> counted = byCount.floorEntry(distinct.size());
        return counted == null ? category : category.max(counted.getValue());
    }

    public boolean knows(String indicator) {
        return byIndicator.containsKey(indicator);
    }
}
