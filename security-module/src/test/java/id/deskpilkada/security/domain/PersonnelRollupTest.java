package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonnelRollupTest {

    @Test
    void aUnitCountsForItsRegionAndEveryRegionAboveIt() {
        PersonnelRollup rollup = new PersonnelRollup();
        rollup.add("53", Force.POLRI, 500);
        rollup.add("53.71", Force.POLRI, 190);
        rollup.add("53.71", Force.TNI, 23);
        rollup.add("53.71.03", Force.POLRI, 40);
        rollup.add("53.01", Force.LINMAS, 1_256);

        assertThat(rollup.of("53.71.03")).isEqualTo(new PersonnelNeed(40, 0, 0));
        assertThat(rollup.of("53.71")).isEqualTo(new PersonnelNeed(230, 23, 0));
        assertThat(rollup.of("53")).isEqualTo(new PersonnelNeed(730, 23, 1_256));
        assertThat(rollup.of("")).isEqualTo(rollup.of("53"));
        assertThat(rollup.of("53.71.01")).as("a Polres does not count for its kecamatan").isEqualTo(PersonnelNeed.NONE);
    }

    @Test
    void regionPrefixesRunFromTheRegionToTheNation() {
        assertThat(RegionPrefixes.selfAndAbove("53.71.03.1001"))
                .containsExactly("53.71.03.1001", "53.71.03", "53.71", "53", "");
        assertThat(RegionPrefixes.selfAndAbove("53.71")).containsExactly("53.71", "53", "");
        assertThat(RegionPrefixes.selfAndAbove("")).containsExactly("");
        assertThat(RegionPrefixes.childLength("")).isEqualTo(2);
        assertThat(RegionPrefixes.childLength("53.71.03")).isEqualTo(13);
        assertThat(RegionPrefixes.childLength("53.71.03.1001")).isEqualTo(-1);
    }

    @Test
    void shortfallIsNeverNegative() {
        PersonnelNeed need = new PersonnelNeed(10, 5, 20);

        assertThat(need.shortOf(new PersonnelNeed(7, 9, 20))).isEqualTo(new PersonnelNeed(3, 0, 0));
        assertThat(PersonnelNeed.of(Force.LINMAS, 4)).isEqualTo(new PersonnelNeed(0, 0, 4));
    }
}
