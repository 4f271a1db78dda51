package id.deskpilkada.security.application;

import static id.deskpilkada.security.domain.VulnerabilityCategory.KHUSUS;
import static id.deskpilkada.security.domain.VulnerabilityCategory.KURANG_RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.SANGAT_RAWAN;
import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.events.security.DeploymentPlanned;
import id.deskpilkada.security.domain.DeploymentGap;
import id.deskpilkada.security.domain.DesaCategoryCount;
import id.deskpilkada.security.domain.Force;
import id.deskpilkada.security.domain.PersonnelNeed;
import id.deskpilkada.security.domain.PersonnelRollup;
import id.deskpilkada.security.domain.StaffingPattern;
import id.deskpilkada.security.domain.TpsByCategory;
import id.deskpilkada.security.persistence.TpsCategoryCounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner's arithmetic on the worked example of {@code DeploymentPlanTest} (usual pattern, 5 TNI per
 * kecamatan), fed through the aggregate interface as the database would feed it, with a roster:
 * Polresta Kupang Kota 12 Polri (+5 standby) and Kodim 1604 6 TNI at 53.71, Satpol PP Kota Kupang 46 Linmas,
 * Polsek Alak 4 Polri at 53.71.01, Polda NTT 10 Polri at 53; a team of 4 from Polsek Alak at desa 53.71.01.1001.
 */
class DeploymentFiguresTest {

    private static final List<DesaCategoryCount> ROWS = List.of(
            new DesaCategoryCount("53.71.01.1001", KURANG_RAWAN, 9, 9),
            new DesaCategoryCount("53.71.01.1001", RAWAN, 3, 0),
            new DesaCategoryCount("53.71.01.1002", SANGAT_RAWAN, 1, 0),
            new DesaCategoryCount("53.71.01.1002", KHUSUS, 2, 0),
            new DesaCategoryCount("53.71.02.1001", KURANG_RAWAN, 8, 2));

    /** What the database would answer: the rows under the region only. */
    private static final TpsCategoryCounts COUNTS = (region, sink) -> ROWS.stream()
            .filter(r -> region.isEmpty() || r.villageCode().startsWith(region + ".")
                    || r.villageCode().equals(region))
            .forEach(sink);

    private static DeploymentFigures figures(String region) {
        PersonnelRollup available = new PersonnelRollup();
        PersonnelRollup standby = new PersonnelRollup();
        PersonnelRollup assigned = new PersonnelRollup();
        available.add("53.71", Force.POLRI, 12);
        standby.add("53.71", Force.POLRI, 5);
        available.add("53.71", Force.TNI, 6);
        available.add("53.71", Force.LINMAS, 46);
        available.add("53.71.01", Force.POLRI, 4);
        available.add("53", Force.POLRI, 10);
        assigned.add("53.71.01.1001", Force.POLRI, 4);
        return new DeploymentFigures(DeploymentFigures.plan(COUNTS, StaffingPattern.usual(5), region), available,
                standby, assigned);
    }

    @Test
    void theAggregateRowsAreStreamedIntoThePlanOnce() {
        List<String> seen = new ArrayList<>();
        TpsCategoryCounts counting = (region, sink) -> COUNTS.forEachUnder(region, row -> {
            seen.add(row.villageCode());
            sink.accept(row);
        });

        DeploymentFigures.plan(counting, StaffingPattern.usual(5), "53.71.01");

        assertThat(seen).containsExactly("53.71.01.1001", "53.71.01.1001", "53.71.01.1002", "53.71.01.1002");
    }

    @Test
    void rowsShowTpsNeedSupplyAssignedAndGapPerRegion() {
        DeploymentFigures figures = figures("53.71");

        DeploymentRow kota = figures.row("53.71", "Kota Kupang");
        assertThat(kota.tps()).isEqualTo(new TpsByCategory(17, 3, 1, 2, 11));
        assertThat(kota.need()).isEqualTo(new PersonnelNeed(16, 10, 46));
        assertThat(kota.available()).as("Polresta and Polsek Alak, not Polda NTT")
                .isEqualTo(new PersonnelNeed(16, 6, 46));
        assertThat(kota.standby()).isEqualTo(new PersonnelNeed(5, 0, 0));
        assertThat(kota.gap()).isEqualTo(new PersonnelNeed(0, 4, 0));
        assertThat(kota.hasGap()).isTrue();
        assertThat(kota.assigned()).isEqualTo(new PersonnelNeed(4, 0, 0));
        assertThat(kota.unassigned()).isEqualTo(new PersonnelNeed(12, 10, 46));

        DeploymentRow alak = figures.row("53.71.01", "Alak");
        assertThat(alak.need()).isEqualTo(new PersonnelNeed(14, 5, 30));
        assertThat(alak.gap()).isEqualTo(new PersonnelNeed(10, 5, 30));
        assertThat(alak.cluster()).isTrue();

        DeploymentRow desa = figures.row("53.71.01.1001", "Desa");
        assertThat(desa.need()).isEqualTo(new PersonnelNeed(8, 0, 24));
        assertThat(desa.gap()).as("no unit sits at a desa: no gap against the roster there")
                .isEqualTo(PersonnelNeed.NONE);
        assertThat(desa.rosterLevel()).isFalse();
        assertThat(desa.unassigned()).isEqualTo(new PersonnelNeed(4, 0, 24));
    }

    @Test
    void gapsAreThoseOfPolresAndPoldaRegions() {
        List<DeploymentGap> gaps = figures("").gapsOfPolresAndPolda("");

        assertThat(gaps).containsExactly(
                new DeploymentGap("53", Force.TNI, 10, 6, 0),
                new DeploymentGap("53.71", Force.TNI, 10, 6, 0));
        assertThat(figures("53.71").gapsOfPolresAndPolda("53.71"))
                .containsExactly(new DeploymentGap("53.71", Force.TNI, 10, 6, 0));
        assertThat(figures("53.71.01").gapsOfPolresAndPolda("53.71.01")).as("a kecamatan holds no Polres").isEmpty();
    }

    @Test
    void theRecomputedAreaPublishesThePlanOfEachOfItsKabKota() {
        assertThat(figures("").kabKotaPlans("")).containsExactly(
                new DeploymentPlanned("53.71", 16, 10, 46, 16, 6, 46, 4));
        assertThat(figures("53").kabKotaPlans("53")).extracting(DeploymentPlanned::regionCode)
                .containsExactly("53.71");
        assertThat(figures("53.71").kabKotaPlans("53.71")).hasSize(1);
        assertThat(figures("53.71.01").kabKotaPlans("53.71.01"))
                .as("a kecamatan's computation knows only part of its kab/kota").isEmpty();
    }

    @Test
    void aRegionWithoutTpsNeedsNothing() {
        DeploymentRow empty = figures("53.72").row("53.72", "Elsewhere");

        assertThat(empty.tps().total()).isZero();
        assertThat(empty.need()).isEqualTo(PersonnelNeed.NONE);
        assertThat(empty.hasGap()).isFalse();
    }
}
