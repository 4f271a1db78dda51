package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.security.domain.CountRule;
import id.deskpilkada.security.domain.Indicator;
import id.deskpilkada.security.domain.IndicatorDefinition;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import id.deskpilkada.security.persistence.TpsVulnerabilityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The kerawanan indicator list and the count rules, one configuration for the whole country: national
 * administrators add, rename and retire indicators (a retired one stays on the TPS that carry it), set the
 * category each lifts a TPS to, and edit the count rules. TPS already classified keep their category until
 * they are classified again. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class ClassificationSettings {

    @Inject
    Access access;

    @Inject
    TpsVulnerabilityRepository repository;

    @Inject
    AuditLog audit;

    public IndicatorDefinition addIndicator(String code, String name, VulnerabilityCategory liftsTo) {
        requireNationalAdmin();
        String normalized = code == null ? "" : code.strip();
        if (repository.indicator(normalized).isPresent()) {
            throw new SecurityRuleViolation(SecurityProblem.DUPLICATE_CODE, normalized);
        }
        Indicator indicator = new Indicator(normalized, name, liftsTo, repository.nextIndicatorOrdinal());
        repository.add(indicator);
        audit.record("vulnerability.indicator.added", "indicator", normalized, null, null, indicator.definition());
        return indicator.definition();
    }

    /** A new name and the category the indicator lifts a TPS to. */
    public IndicatorDefinition changeIndicator(String code, String name, VulnerabilityCategory liftsTo) {
        requireNationalAdmin();
        Indicator indicator = indicator(code);
        IndicatorDefinition before = indicator.definition();
        indicator.change(name, liftsTo);
        audit.record("vulnerability.indicator.changed", "indicator", code, null, before, indicator.definition());
        return indicator.definition();
    }

    /** Retires an indicator (no longer given to a TPS) or brings it back. */
    public IndicatorDefinition setIndicatorActive(String code, boolean active) {
        requireNationalAdmin();
        Indicator indicator = indicator(code);
        IndicatorDefinition before = indicator.definition();
        indicator.setActive(active);
        audit.record(active ? "vulnerability.indicator.restored" : "vulnerability.indicator.retired", "indicator",
                code, null, before, indicator.definition());
        return indicator.definition();
    }

    /** Adds or changes the rule "at least {@code minIndicators} indicators → at least {@code category}". */
    public void putCountRule(int minIndicators, VulnerabilityCategory category) {
        requireNationalAdmin();
        if (category == null) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_CATEGORY, "");
        }
        CountRule rule = repository.countRule(minIndicators).orElse(null);
        VulnerabilityCategory before = rule == null ? null : rule.category();
        if (rule == null) {
            repository.add(new CountRule(minIndicators, category));
        } else {
            rule.setCategory(category);
        }
        audit.record("vulnerability.countRule.set", "count-rule", Integer.toString(minIndicators), null,
                before == null ? null : Map.of("category", before.name()), Map.of("category", category.name()));
    }

    public void removeCountRule(int minIndicators) {
        requireNationalAdmin();
        repository.countRule(minIndicators).ifPresent(rule -> {
            repository.remove(rule);
            audit.record("vulnerability.countRule.removed", "count-rule", Integer.toString(minIndicators), null,
                    Map.of("category", rule.category().name()), null);
        });
    }

    /** Whether the caller may change the configuration (pages show the editing controls only then). */
    public boolean canChange() {
        return access.hasAnyRole(Role.ADMIN) && access.scope().isNational();
    }

    private Indicator indicator(String code) {
        return repository.indicator(code)
                .orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.UNKNOWN_INDICATOR, code));
    }

    private void requireNationalAdmin() {
        access.requireAnyRole(Role.ADMIN);
        access.requireWithinScope("");
    }
}
