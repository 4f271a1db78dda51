package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Indicators found together lift a TPS by their number: at least {@code minIndicators} → at least a category. */
@Entity
@Table(name = "sec_count_rule")
public class CountRule {

    @Id
    @Column(name = "min_indicators")
    private int minIndicators;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VulnerabilityCategory category;

    protected CountRule() {
    }

    public CountRule(int minIndicators, VulnerabilityCategory category) {
        if (minIndicators < 1) {
            throw new SecurityRuleViolation(SecurityProblem.BAD_COUNT_RULE, minIndicators);
        }
        this.minIndicators = minIndicators;
        this.category = category;
    }

    public int minIndicators() {
        return minIndicators;
    }

    public VulnerabilityCategory category() {
        return category;
    }

    public void setCategory(VulnerabilityCategory category) {
        this.category = category;
    }
}
