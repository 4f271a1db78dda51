package id.deskpilkada.security.domain;

import static id.deskpilkada.security.domain.VulnerabilityCategory.KHUSUS;
import static id.deskpilkada.security.domain.VulnerabilityCategory.KURANG_RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.SANGAT_RAWAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassificationRulesTest {

    private final ClassificationRules rules = new ClassificationRules(Map.of(
            "konflik_lalu", SANGAT_RAWAN,
            "perbatasan", RAWAN,
            "rawan_bencana", RAWAN,
            "akses_sulit", KURANG_RAWAN,
            "hoaks", KURANG_RAWAN,
            "lapas", KHUSUS), Map.of(2, RAWAN, 3, SANGAT_RAWAN));

    @Test
    void noIndicatorIsKurangRawan() {
        assertThat(rules.classify(List.of())).isEqualTo(KURANG_RAWAN);
    }

    @Test
    void anIndicatorLiftsToItsCategory() {
        assertThat(rules.classify(List.of("perbatasan"))).isEqualTo(RAWAN);
        assertThat(rules.classify(List.of("konflik_lalu"))).isEqualTo(SANGAT_RAWAN);
        assertThat(rules.classify(List.of("akses_sulit"))).isEqualTo(KURANG_RAWAN);
    }

    @Test
    void indicatorsTogetherLiftByTheirCount() {
        assertThat(rules.classify(List.of("akses_sulit", "hoaks"))).isEqualTo(RAWAN);
        assertThat(rules.classify(List.of("akses_sulit", "hoaks", "perbatasan"))).isEqualTo(SANGAT_RAWAN);
    }

    @Test
    void theHighestRuleWinsAndRulesNeverLower() {
        assertThat(rules.classify(List.of("lapas", "hoaks", "akses_sulit", "perbatasan"))).isEqualTo(KHUSUS);
    }

    @Test
    void aRepeatedIndicatorCountsOnce() {
        assertThat(rules.classify(List.of("hoaks", "hoaks"))).isEqualTo(KURANG_RAWAN);
    }

    @Test
    void anUnknownIndicatorIsRefused() {
        assertThatThrownBy(() -> rules.classify(List.of("perbatasan", "alien")))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.UNKNOWN_INDICATOR));
    }

    @Test
    void categoriesAreParsedFromWhatUsersWrite() {
        assertThat(VulnerabilityCategory.parse("sangat rawan")).isEqualTo(SANGAT_RAWAN);
        assertThat(VulnerabilityCategory.parse(" Kurang-Rawan ")).isEqualTo(KURANG_RAWAN);
        assertThat(VulnerabilityCategory.parse("KHUSUS")).isEqualTo(KHUSUS);
        assertThatThrownBy(() -> VulnerabilityCategory.parse("aman"))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.UNKNOWN_CATEGORY));
    }
}
