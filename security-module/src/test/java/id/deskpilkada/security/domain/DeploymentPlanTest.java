package id.deskpilkada.security.domain;

import static id.deskpilkada.security.domain.VulnerabilityCategory.KHUSUS;
import static id.deskpilkada.security.domain.VulnerabilityCategory.KURANG_RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.SANGAT_RAWAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Worked example with the usual pattern and 5 TNI per kecamatan:
 * desa 53.71.01.1001 — 9 kurang rawan (2 teams: 4 Polri, 18 Linmas) + 3 rawan (2 teams: 4 Polri, 6 Linmas);
 * desa 53.71.01.1002 — 1 sangat rawan (2 Polri, 2 Linmas) + 2 khusus (4 Polri, 4 Linmas);
 * desa 53.71.02.1001 — 8 kurang rawan (2 Polri, 16 Linmas).
 */
class DeploymentPlanTest {

    private DeploymentPlan plan() {
        DeploymentPlan plan = new DeploymentPlan(StaffingPattern.usual(5));
        plan.add("53.71.01.1001", KURANG_RAWAN, 9);
        plan.add("53.71.01.1001", RAWAN, 3);
        plan.add("53.71.01.1002", SANGAT_RAWAN, 1);
        plan.add("53.71.01.1002", KHUSUS, 2);
        plan.add("53.71.02.1001", KURANG_RAWAN, 8);
        return plan;
    }

    @Test
    void needsPerDesaKecamatanPolresPoldaAndNation() {
        DeploymentPlan plan = plan();

        assertThat(plan.need("53.71.01.1001")).isEqualTo(new PersonnelNeed(8, 0, 24));
        assertThat(plan.need("53.71.01.1002")).isEqualTo(new PersonnelNeed(6, 0, 6));
        assertThat(plan.need("53.71.01")).isEqualTo(new PersonnelNeed(14, 5, 30));
        assertThat(plan.need("53.71.02")).isEqualTo(new PersonnelNeed(2, 5, 16));
        assertThat(plan.need("53.71")).isEqualTo(new PersonnelNeed(16, 10, 46));
        assertThat(plan.need("53")).isEqualTo(plan.need("53.71"));
        assertThat(plan.need("")).isEqualTo(plan.need("53.71"));
        assertThat(plan.tps("53.71")).isEqualTo(23);
        assertThat(plan.tps("53.71.01.1002")).isEqualTo(3);
    }

    @Test
    void tpsAreCountedPerCategoryAndUnclassifiedOnesAsKurangRawan() {
        DeploymentPlan plan = plan();
        plan.add(new DesaCategoryCount("53.71.02.1002", KURANG_RAWAN, 9, 9));

        assertThat(plan.tpsByCategory("53.71")).isEqualTo(new TpsByCategory(26, 3, 1, 2, 9));
        assertThat(plan.tps("53.71")).isEqualTo(32);
        assertThat(plan.need("53.71.02.1002")).as("nine unclassified TPS are planned like kurang rawan ones")
                .isEqualTo(new PersonnelNeed(4, 0, 18));
        assertThat(plan.need("53.71.02")).as("no second TNI share for a kecamatan already counted")
                .isEqualTo(new PersonnelNeed(6, 5, 34));
    }

    @Test
    void unclassifiedCannotExceedTheTpsOfTheRow() {
        DeploymentPlan plan = new DeploymentPlan(StaffingPattern.usual(3));

        assertThatThrownBy(() -> plan.add("53.71.01.1001", KURANG_RAWAN, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.add("53.71.01", KURANG_RAWAN, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGapIsShownWhenNeedExceedsWhatIsAvailable() {
        DeploymentPlan plan = plan();

        DeploymentGap polri = plan.gap("53.71", Force.POLRI, 12, 5).orElseThrow();
        assertThat(polri.shortfall()).isEqualTo(4);
        assertThat(polri.coveredByStandby()).isTrue();
        assertThat(plan.gap("53.71", Force.TNI, 6, 3).orElseThrow().coveredByStandby()).isFalse();
        assertThat(plan.gap("53.71", Force.LINMAS, 46, 0)).isEmpty();
    }

    @Test
    void teamRulesRoundUpPerDesa() {
        TeamRule kurangRawan = new TeamRule(2, 8, 16);
        assertThat(kurangRawan.forTps(1)).isEqualTo(new PersonnelNeed(2, 0, 2));
        assertThat(kurangRawan.forTps(8)).isEqualTo(new PersonnelNeed(2, 0, 16));
        assertThat(kurangRawan.forTps(17)).isEqualTo(new PersonnelNeed(6, 0, 34));
        assertThat(kurangRawan.forTps(0)).isEqualTo(PersonnelNeed.NONE);
        assertThat(new TeamRule(2, 3, 5).forTps(4)).isEqualTo(new PersonnelNeed(4, 0, 7));
    }

    @Test
    void badPatternsAreRefused() {
        assertThatThrownBy(() -> new TeamRule(2, 0, 4))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.NO_TPS_PER_TEAM));
        assertThatThrownBy(() -> new TeamRule(-1, 2, 4))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.NEGATIVE_PERSONNEL));
        assertThatThrownBy(() -> StaffingPattern.usual(-3)).isInstanceOf(SecurityRuleViolation.class);
    }
}
