package id.deskpilkada.platform.domain.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TpsRulesTest {

    @ParameterizedTest
    @CsvSource({"1,1", "001,1", "07,7", "999,999", " 12 ,12"})
    void numbersAreReadAsOnForms(String text, int number) {
        assertThat(TpsRules.parseNumber(text)).isEqualTo(OptionalInt.of(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000", "1000", "-1", "1.5", "abc", "", "1e2", "9999999999"})
    void numbersOutside1To999AreRefused(String text) {
        assertThat(TpsRules.parseNumber(text)).isEmpty();
    }

    @Test
    void votersRunFrom1To600() {
        assertThat(TpsRules.parseVoters("1")).hasValue(1);
        assertThat(TpsRules.parseVoters("600")).hasValue(600);
        assertThat(TpsRules.parseVoters("0")).isEmpty();
        assertThat(TpsRules.parseVoters("601")).isEmpty();
        assertThat(TpsRules.parseVoters("480.5")).isEmpty();
        assertThat(TpsRules.isValidVoters(600)).isTrue();
        assertThat(TpsRules.isValidVoters(601)).isFalse();
    }

    @Test
    void onlyDesaKelurahanCodesHoldTps() {
        assertThat(TpsRules.isVillageCode("53.71.01.1001")).isTrue();
        assertThat(TpsRules.isVillageCode("53.71.01")).isFalse();
        assertThat(TpsRules.isVillageCode("53.71.01.100")).isFalse();
        assertThat(TpsRules.isVillageCode(null)).isFalse();
    }

    @Test
    void labelsHaveThreeDigits() {
        assertThat(TpsRules.label(7)).isEqualTo("007");
        assertThat(TpsRules.label(42)).isEqualTo("042");
        assertThat(TpsRules.label(999)).isEqualTo("999");
        assertThat(new TpsKey("53.71.01.1001", 7)).hasToString("53.71.01.1001/007");
    }

    @Test
    void detailsAreBuiltOnlyValidAndNameTheBrokenRule() {
        TpsDetails ok = new TpsDetails("53.71.01.1001", 1, 600, "  Alak  ", null);
        assertThat(ok.address()).isEqualTo("Alak");
        assertThat(ok.latitude()).isNull();
        assertKind(() -> new TpsDetails("53.71.01", 1, 400, "x", null), TpsProblem.Kind.UNKNOWN_VILLAGE);
        assertKind(() -> new TpsDetails("53.71.01.1001", 0, 400, "x", null), TpsProblem.Kind.BAD_NUMBER);
        assertKind(() -> new TpsDetails("53.71.01.1001", 1000, 400, "x", null), TpsProblem.Kind.BAD_NUMBER);
        assertKind(() -> new TpsDetails("53.71.01.1001", 1, 0, "x", null), TpsProblem.Kind.VOTERS_OUT_OF_RANGE);
        assertKind(() -> new TpsDetails("53.71.01.1001", 1, 601, "x", null), TpsProblem.Kind.VOTERS_OUT_OF_RANGE);
        assertKind(() -> new TpsDetails("53.71.01.1001", 1, 400, "  ", null), TpsProblem.Kind.BAD_ADDRESS);
        assertKind(() -> new TpsDetails("53.71.01.1001", 1, 400, "x".repeat(301), null),
                TpsProblem.Kind.BAD_ADDRESS);
        assertThat(new TpsDetails("53.71.01.1001", 1, 400, "x".repeat(300), null).address()).hasSize(300);
    }

    static void assertKind(Runnable r, TpsProblem.Kind kind) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidTpsException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
