package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionChoiceTest {

    @Test
    void theCodeComesBackFromTheLabelOrFromACodeTypedAlone() {
        assertThat(RegionChoice.label("53.71", "Kota Kupang")).isEqualTo("53.71 — Kota Kupang");
        assertThat(RegionChoice.codeOf("53.71 — Kota Kupang")).isEqualTo("53.71");
        assertThat(RegionChoice.codeOf(" 15.71.01 ")).isEqualTo("15.71.01");
        assertThat(RegionChoice.codeOf("  ")).isNull();
        assertThat(RegionChoice.codeOf(null)).isNull();
    }

    @Test
    void aNameTypedWithoutPickingIsKeptSoTheServiceCanSayItIsNoCode() {
        assertThat(RegionChoice.codeOf("Kota Kupang")).isEqualTo("Kota Kupang");
        assertThat(RegionChoice.label("53.71", null)).isEqualTo("53.71");
    }
}
