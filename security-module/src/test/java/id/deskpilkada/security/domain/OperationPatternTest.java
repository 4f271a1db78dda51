package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationPatternTest {

    @Test
    void aStoredPatternGivesBackItsRules() {
        OperationPattern stored = new OperationPattern(" Operasi Mantap Praja 2024 ", StaffingPattern.usual(3));

        StaffingPattern pattern = stored.pattern();

        assertThat(stored.name()).isEqualTo("Operasi Mantap Praja 2024");
        assertThat(stored.active()).isFalse();
        assertThat(pattern.rule(VulnerabilityCategory.KURANG_RAWAN)).isEqualTo(new TeamRule(2, 8, 16));
        assertThat(pattern.rule(VulnerabilityCategory.KHUSUS)).isEqualTo(new TeamRule(2, 1, 2));
        assertThat(pattern.tniPerKecamatan()).isEqualTo(3);
    }

    @Test
    void changingAPatternReplacesEveryRule() {
        OperationPattern stored = new OperationPattern("Pola", StaffingPattern.usual(3));
        Map<VulnerabilityCategory, TeamRule> rules = new EnumMap<>(VulnerabilityCategory.class);
        for (VulnerabilityCategory category : VulnerabilityCategory.values()) {
            rules.put(category, new TeamRule(3, 1, 2));
        }

        stored.change("Pola siaga", new StaffingPattern(rules, 5));
        stored.activate();

        assertThat(stored.pattern().rule(VulnerabilityCategory.KURANG_RAWAN)).isEqualTo(new TeamRule(3, 1, 2));
        assertThat(stored.pattern().tniPerKecamatan()).isEqualTo(5);
        assertThat(stored.active()).isTrue();
        assertThatThrownBy(() -> stored.change(null, StaffingPattern.usual(1)))
                .isInstanceOf(SecurityRuleViolation.class);
    }
}
