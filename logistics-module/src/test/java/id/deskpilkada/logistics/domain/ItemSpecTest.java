package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemSpecTest {

    private static ItemSpec spec(String code, String name, String unit, int perTps, String perVoter, String reserve) {
        return new ItemSpec(code, name, unit, perTps, perVoter == null ? null : new BigDecimal(perVoter),
                reserve == null ? null : new BigDecimal(reserve), true);
    }

    private static CatalogueProblem problemOf(Runnable construction) {
        try {
            construction.run();
        } catch (CatalogueRuleViolation violation) {
            return violation.problem();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aBallotPaperSpecIsNormalised() {
        ItemSpec ballot = spec(" surat_suara ", " Surat suara ", "lembar", 0, "1", "2.5");
        assertThat(ballot.code()).isEqualTo("SURAT_SUARA");
        assertThat(ballot.name()).isEqualTo("Surat suara");
        assertThat(ballot.perVoter()).isEqualByComparingTo("1").hasScaleOf(4);
        assertThat(ballot.reservePercent()).isEqualByComparingTo("2.5").hasScaleOf(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "NULL", value = {
        "empty code,        '',          Surat suara, lembar, 0,     1,      2.5,   BAD_CODE",
        "code with space,   SURAT SUARA, Surat suara, lembar, 0,     1,      2.5,   BAD_CODE",
        "code from digit,   1SURAT,      Surat suara, lembar, 0,     1,      2.5,   BAD_CODE",
        "empty name,        SURAT,       '  ',        lembar, 0,     1,      2.5,   NAME_REQUIRED",
        "no name,           SURAT,       NULL,        lembar, 0,     1,      2.5,   NAME_REQUIRED",
        "empty unit,        SURAT,       Surat,       '',     0,     1,      2.5,   UNIT_REQUIRED",
        "negative per TPS,  SURAT,       Surat,       lembar, -1,    1,      2.5,   BAD_PER_TPS",
        "huge per TPS,      SURAT,       Surat,       lembar, 10001, 1,      2.5,   BAD_PER_TPS",
        "negative factor,   SURAT,       Surat,       lembar, 0,     -0.5,   2.5,   BAD_PER_VOTER",
        "missing factor,    SURAT,       Surat,       lembar, 0,     NULL,   2.5,   BAD_PER_VOTER",
        "too fine a factor, SURAT,       Surat,       lembar, 0,     0.00001, 2.5,  BAD_PER_VOTER",
        "factor over 100,   SURAT,       Surat,       lembar, 0,     100.5,  2.5,   BAD_PER_VOTER",
        "negative reserve,  SURAT,       Surat,       lembar, 0,     1,      -1,    BAD_RESERVE",
        "reserve over 100,  SURAT,       Surat,       lembar, 0,     1,      100.01, BAD_RESERVE",
        "too fine reserve,  SURAT,       Surat,       lembar, 0,     1,      2.505, BAD_RESERVE"})
    void badInputIsRefusedWithItsProblem(String why, String code, String name, String unit, int perTps,
                                         String perVoter, String reserve, CatalogueProblem expected) {
        assertThat(problemOf(() -> spec(code, name, unit, perTps, perVoter, reserve))).as(why).isEqualTo(expected);
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        ItemSpec widest = spec("X", "x".repeat(100), "u".repeat(20), ItemSpec.MAX_PER_TPS, "100", "100");
        assertThat(widest.reservePercent()).isEqualByComparingTo("100");
        assertThat(spec("Y", "y", "u", 0, "0.0001", "0").perVoter()).isEqualByComparingTo("0.0001");
        assertThat(problemOf(() -> spec("Z", "z".repeat(101), "u", 0, "0", "0")))
                .isEqualTo(CatalogueProblem.NAME_REQUIRED);
    }

    @Test
    void theFormulaIsWhatATpsNeedsNotHowTheItemIsCalled() {
        ItemSpec ballot = spec("SURAT_SUARA", "Surat suara", "lembar", 0, "1", "2.5");
        assertThat(ballot.sameFormulaAs(spec("SURAT_SUARA", "Kertas suara", "helai", 0, "1.0000", "2.50")))
                .isTrue();
        assertThat(ballot.sameFormulaAs(spec("SURAT_SUARA", "Surat suara", "lembar", 0, "1", "3"))).isFalse();
        assertThat(ballot.sameFormulaAs(new ItemSpec("SURAT_SUARA", "Surat suara", "lembar", 0, BigDecimal.ONE,
                new BigDecimal("2.5"), false))).isFalse();
    }

    @Test
    void violationsSpeakEnglishForTheLogAndCarryTheirBundleKey() {
        assertThatThrownBy(() -> spec("SURAT", "Surat", "lembar", 0, "1", "150"))
                .isInstanceOf(CatalogueRuleViolation.class)
                .hasMessage("The reserve must lie between 0 and 100 percent, with at most 2 decimals: 150")
                .satisfies(e -> assertThat(((CatalogueRuleViolation) e).messageKey())
                        .isEqualTo("catalogue.problem.BAD_RESERVE"));
    }

    @Test
    void electionsAreSetForTheNationAProvinceOrAKabKota() {
        assertThat(new ElectionCount(null, 2).regionPrefix()).isEmpty();
        assertThat(new ElectionCount(" 53.71 ", 2).regionPrefix()).isEqualTo("53.71");
        assertThat(problemOf(() -> new ElectionCount("53.71.05", 2))).isEqualTo(CatalogueProblem.BAD_REGION);
        assertThat(problemOf(() -> new ElectionCount("5371", 2))).isEqualTo(CatalogueProblem.BAD_REGION);
        assertThat(problemOf(() -> new ElectionCount("53", 0))).isEqualTo(CatalogueProblem.BAD_ELECTIONS);
        assertThat(problemOf(() -> new ElectionCount("53", 6))).isEqualTo(CatalogueProblem.BAD_ELECTIONS);
    }
}
