package id.deskpilkada.security.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The configured indicators and count rules, and how a TPS is classified with them: by hand (a category chosen,
 * or left empty for the rules to decide) and in bulk (an indicator found in a whole area). Retired indicators
 * still count for the TPS that carry them, but are no longer given to another.
 */
public final class IndicatorCatalog {

    private final Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
    private final ClassificationRules rules;

    /** @param countRules number of indicators at least → category at least */
    public IndicatorCatalog(Collection<IndicatorDefinition> indicators,
                            Map<Integer, VulnerabilityCategory> countRules) {
        indicators.stream().sorted(Comparator.comparingInt(IndicatorDefinition::ordinal))
                .forEach(indicator -> byCode.put(indicator.code(), indicator));
        countRules.keySet().stream().filter(count -> count < 1).findFirst().ifPresent(count -> {
            throw new SecurityRuleViolation(SecurityProblem.BAD_COUNT_RULE, count);
        });
        rules = new ClassificationRules(byCode.values().stream()
                .collect(Collectors.toMap(IndicatorDefinition::code, IndicatorDefinition::liftsTo)), countRules);
    }

    public ClassificationRules rules() {
        return rules;
    }

    /** In their configured order, retired ones included. */
    public List<IndicatorDefinition> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<IndicatorDefinition> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Why a TPS may not be given these indicators — the first unknown one, or a retired one it does not carry
     * already — or empty when it may.
     */
    public Optional<SecurityRuleViolation> refusal(Collection<String> codes, Collection<String> alreadyCarried) {
        for (String code : codes) {
            IndicatorDefinition indicator = byCode.get(code);
            if (indicator == null) {
                return Optional.of(new SecurityRuleViolation(SecurityProblem.UNKNOWN_INDICATOR, code));
            }
            if (!indicator.active() && !alreadyCarried.contains(code)) {
                return Optional.of(new SecurityRuleViolation(SecurityProblem.RETIRED_INDICATOR, code));
            }
        }
        return Optional.empty();
    }

    public void requireUsable(Collection<String> codes, Collection<String> alreadyCarried) {
        refusal(codes, alreadyCarried).ifPresent(violation -> {
            throw violation;
        });
    }

    /**
     * A classification from what a person (or a file) says: the category given, or the rules' when none is.
     *
     * @param given         the category chosen; null lets the rules decide
     * @param sourceOfGiven how a chosen category is recorded ({@link VulnerabilitySource#MANUAL} by hand,
     *                      {@link VulnerabilitySource#IMPORT} from a file) — even when it lies below the rules'
     */
    public Classification assess(VulnerabilityCategory given, Collection<String> indicators,
                                 VulnerabilitySource sourceOfGiven) {
        List<String> codes = List.copyOf(indicators);
        return given == null
                ? new Classification(rules.classify(codes), codes, VulnerabilitySource.RULES)
                : new Classification(given, codes, sourceOfGiven);
    }

    /**
     * The classification after an indicator was found at the TPS, reclassified by the rules: rules only raise, so
     * a category chosen by hand above them stays (and keeps its source); one the rules now exceed is lifted to
     * theirs and recorded as {@link VulnerabilitySource#RULES}.
     *
     * @param current null for a TPS not classified yet
     */
    public Classification withIndicator(Classification current, String code) {
        if (current == null) {
            return assess(null, List.of(code), VulnerabilitySource.RULES);
        }
        Classification more = current.withIndicators(List.of(code));
        VulnerabilityCategory byRules = rules.classify(more.indicators());
        return more.category().atLeast(byRules) ? more
                : new Classification(byRules, more.indicators(), VulnerabilitySource.RULES);
    }

    /** Whether the TPS's category lies below what its indicators give by the rules (a hand choice). */
    public boolean belowRules(Classification classification) {
        return !classification.category().atLeast(rules.classify(classification.indicators()));
    }
}
