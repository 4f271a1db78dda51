package id.deskpilkada.security.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.domain.StaffingPattern;
import id.deskpilkada.security.domain.TeamRule;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pattern draft is checked completely before anything is stored. */
class StaffingPatternsTest {

    private static List<RuleDraft> usual() {
        return new ArrayList<>(List.of(new RuleDraft(VulnerabilityCategory.KURANG_RAWAN, 2, 8, 16),
                new RuleDraft(VulnerabilityCategory.RAWAN, 2, 2, 4),
                new RuleDraft(VulnerabilityCategory.SANGAT_RAWAN, 2, 1, 2),
                new RuleDraft(VulnerabilityCategory.KHUSUS, 2, 1, 2)));
    }

    private static void refused(PatternDraft draft, SecurityProblem problem) {
        assertThatThrownBy(() -> StaffingPatterns.pattern(draft)).isInstanceOfSatisfying(SecurityRuleViolation.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void aCompleteDraftBecomesAPattern() {
        StaffingPattern pattern = StaffingPatterns.pattern(new PatternDraft("Pola umum", 3, usual()));

        assertThat(pattern.rule(VulnerabilityCategory.RAWAN)).isEqualTo(new TeamRule(2, 2, 4));
        assertThat(pattern.tniPerKecamatan()).isEqualTo(3);
    }

    @Test
    void badDraftsAreRefusedWithTheirProblem() {
        List<RuleDraft> zeroTps = usual();
        zeroTps.set(0, new RuleDraft(VulnerabilityCategory.KURANG_RAWAN, 2, 0, 16));
        refused(new PatternDraft("Pola", 3, zeroTps), SecurityProblem.NO_TPS_PER_TEAM);

        List<RuleDraft> negative = usual();
        negative.set(1, new RuleDraft(VulnerabilityCategory.RAWAN, 2, 2, -4));
        refused(new PatternDraft("Pola", 3, negative), SecurityProblem.NEGATIVE_PERSONNEL);

        refused(new PatternDraft("Pola", -1, usual()), SecurityProblem.NEGATIVE_PERSONNEL);
        refused(new PatternDraft("Pola", 3, usual().subList(0, 3)), SecurityProblem.RULE_MISSING);
        refused(new PatternDraft("Pola", 3, null), SecurityProblem.RULE_MISSING);
    }
}
