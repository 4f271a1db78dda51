package id.deskpilkada.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kab/kota areas that changed classifications are counted over: each touched kab/kota once. */
class RegionPrefixesTest {

    @Test
    void changedTpsAndAreasAreCutToTheirKabKota() {
        assertThat(RegionPrefixes.kabKotaAreas(List.of("53.71.05.1001", "53.71.02.1003", " 53.71.01 ",
                "15.71.01.1001", "53.01.02.2001")))
                .containsExactly("15.71", "53.01", "53.71");
    }

    @Test
    void anAreaHoldingOthersIsCountedAloneAndItsKabKotaNotTwice() {
        assertThat(RegionPrefixes.kabKotaAreas(List.of("53.71.05.1001", "15.71", "15", "53.71", "15.02.03")))
                .containsExactly("15", "53.71");
        assertThat(RegionPrefixes.kabKotaAreas(List.of("53", "", "15.71.01.1001"))).containsExactly("");
    }

    @Test
    void nothingChangedNothingToCount() {
        assertThat(RegionPrefixes.kabKotaAreas(List.of())).isEmpty();
        assertThat(RegionPrefixes.kabKotaAreas(Arrays.asList((String) null))).isEmpty();
    }
}
