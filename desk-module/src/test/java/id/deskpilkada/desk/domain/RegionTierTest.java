package id.deskpilkada.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tiers by code length, their ancestors and parents, and where a record lies. */
class RegionTierTest {

    @Test
    void tiersFollowTheShapeOfTheCode() {
        assertThat(RegionTier.of("")).isEqualTo(RegionTier.NATION);
        assertThat(RegionTier.of("53.71.05.1001")).isEqualTo(RegionTier.DESA);
        assertThat(RegionTier.KABKOTA.below()).contains(RegionTier.KECAMATAN);
        assertThat(RegionTier.DESA.below()).isEmpty();
        assertThatThrownBy(() -> RegionTier.of("53.7")).isInstanceOf(DeskRuleViolation.class);
        assertThatThrownBy(() -> RegionTier.of(null)).isInstanceOf(DeskRuleViolation.class);
    }

    @Test
    void ancestorsAndParents() {
        assertThat(RegionTier.KABKOTA.ancestorOf("53.71.05.1001")).isEqualTo("53.71");
        assertThat(RegionTier.KECAMATAN.ancestorOf("53.71")).isNull();
        assertThat(RegionTier.parentOf("53.71.05")).isEqualTo("53.71");
        assertThat(RegionTier.parentOf("53")).isEqualTo("");
        assertThat(RegionTier.parentOf("")).isNull();
    }

    @Test
    void aPlaceKnowsTheRegionsAboveIt() {
        RegionPlace desa = RegionPlace.of("53.71.05.1001");
        RegionPlace kabKota = RegionPlace.of("53.71");

        assertThat(desa.provinceCode()).isEqualTo("53");
        assertThat(desa.kabkotaCode()).isEqualTo("53.71");
        assertThat(desa.kecamatanCode()).isEqualTo("53.71.05");
        assertThat(kabKota.kecamatanCode()).isNull();
        assertThat(RegionPlace.of("").provinceCode()).isNull();
    }
}
