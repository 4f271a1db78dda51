package id.deskpilkada.platform.domain.region;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianTimeZoneTest {

    @ParameterizedTest
    @CsvSource({"31.71,WIB", "15.71,WIB", "61,WIB", "62.01,WIB", "51.71,WITA", "53.71.01.1001,WITA", "64,WITA",
            "73.71,WITA", "81.71,WIT", "91.01,WIT", "96,WIT"})
    void provinceDecidesTheTimeZone(String code, IndonesianTimeZone expected) {
        assertThat(IndonesianTimeZone.forRegion(code)).isEqualTo(expected);
    }

    @Test
    void scopesCoverByWholeCodeSegments() {
        Scope kupang = new Scope(Set.of("53.71"));
        assertThat(kupang.covers("53.71")).isTrue();
        assertThat(kupang.covers("53.71.01.1001")).isTrue();
        assertThat(kupang.covers("53")).isFalse();
        assertThat(kupang.covers("53.710")).isFalse();
        assertThat(kupang.covers("15.71.01")).isFalse();
        assertThat(Scope.NATIONAL.covers("15.71")).isTrue();
        assertThat(Scope.NONE.covers("15.71")).isFalse();
        assertThat(Scope.NATIONAL.narrowedTo("53").prefixes()).containsExactly("53");
        assertThat(kupang.narrowedTo("53").prefixes()).containsExactly("53.71");
        assertThat(kupang.narrowedTo("15").prefixes()).isEmpty();
    }
}
