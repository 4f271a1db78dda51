package id.deskpilkada.security.domain;

import static id.deskpilkada.security.domain.VulnerabilityCategory.KHUSUS;
import static id.deskpilkada.security.domain.VulnerabilityCategory.KURANG_RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.RAWAN;
import static id.deskpilkada.security.domain.VulnerabilityCategory.SANGAT_RAWAN;
import static id.deskpilkada.security.domain.VulnerabilitySource.IMPORT;
import static id.deskpilkada.security.domain.VulnerabilitySource.MANUAL;
import static id.deskpilkada.security.domain.VulnerabilitySource.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the configured indicators and count rules classify TPS by hand, from files and in bulk. */
class IndicatorCatalogTest {

    static final IndicatorCatalog CATALOG = new IndicatorCatalog(List.of(
            new IndicatorDefinition("konflik_lalu", "Riwayat konflik", SANGAT_RAWAN, true, 1),
            new IndicatorDefinition("perbatasan", "Perbatasan", RAWAN, true, 2),
            new IndicatorDefinition("rawan_bencana", "Rawan bencana", RAWAN, true, 3),
            new IndicatorDefinition("akses_sulit", "Akses sulit", KURANG_RAWAN, true, 4),
            new IndicatorDefinition("hoaks", "Hoaks", KURANG_RAWAN, true, 7),
            new IndicatorDefinition("netralitas_asn", "Netralitas ASN", KURANG_RAWAN, true, 6),
            new IndicatorDefinition("lokasi_khusus", "Lapas, rumah sakit", KHUSUS, true, 8),
            new IndicatorDefinition("tsunami_lama", "Bekas indikator", RAWAN, false, 9)),
            Map.of(2, RAWAN, 3, SANGAT_RAWAN));

    @Test
    void withoutACategoryTheRulesDecide() {
        Classification c = CATALOG.assess(null, List.of("perbatasan", "akses_sulit", "hoaks"), MANUAL);

        assertThat(c.category()).isEqualTo(SANGAT_RAWAN);
        assertThat(c.source()).isEqualTo(RULES);
        assertThat(c.indicators()).containsExactly("akses_sulit", "hoaks", "perbatasan");
        assertThat(c.indicatorText()).isEqualTo("akses_sulit;hoaks;perbatasan");
    }

    @Test
    void aCategoryByHandBelowTheRulesIsKeptAndRecordedAsManual() {
        Classification c = CATALOG.assess(KURANG_RAWAN, List.of("rawan_bencana"), MANUAL);

        assertThat(c.category()).isEqualTo(KURANG_RAWAN);
        assertThat(c.source()).isEqualTo(MANUAL);
        assertThat(CATALOG.belowRules(c)).isTrue();
        assertThat(CATALOG.belowRules(CATALOG.assess(KHUSUS, List.of("rawan_bencana"), IMPORT))).isFalse();
    }

    @Test
    void anIndicatorFoundInAnAreaReclassifiesByTheRulesWhichOnlyRaise() {
        Classification manualHigh = new Classification(SANGAT_RAWAN, List.of(), MANUAL);
        Classification manualLow = new Classification(KURANG_RAWAN, List.of("rawan_bencana"), MANUAL);
        Classification byRules = new Classification(KURANG_RAWAN, List.of("hoaks"), RULES);

        assertThat(CATALOG.withIndicator(null, "perbatasan"))
                .isEqualTo(new Classification(RAWAN, List.of("perbatasan"), RULES));
        assertThat(CATALOG.withIndicator(manualHigh, "perbatasan"))
                .as("a hand category above the rules stays, with its source")
                .isEqualTo(new Classification(SANGAT_RAWAN, List.of("perbatasan"), MANUAL));
        assertThat(CATALOG.withIndicator(manualLow, "hoaks"))
                .as("two indicators now: rawan by count, lifted and recorded as by rules")
                .isEqualTo(new Classification(RAWAN, List.of("hoaks", "rawan_bencana"), RULES));
        assertThat(CATALOG.withIndicator(byRules, "akses_sulit").category()).isEqualTo(RAWAN);
        assertThat(CATALOG.withIndicator(byRules, "hoaks")).as("already there").isEqualTo(byRules);
    }

    @Test
    void unknownAndRetiredIndicatorsAreRefusedUnlessTheTpsCarriesTheRetiredOneAlready() {
        assertThat(CATALOG.refusal(List.of("perbatasan", "alien"), List.of()))
                .hasValueSatisfying(e -> assertThat(e.problem()).isEqualTo(SecurityProblem.UNKNOWN_INDICATOR));
        assertThat(CATALOG.refusal(List.of("tsunami_lama"), List.of()))
                .hasValueSatisfying(e -> assertThat(e.problem()).isEqualTo(SecurityProblem.RETIRED_INDICATOR));
        assertThat(CATALOG.refusal(List.of("tsunami_lama", "hoaks"), List.of("tsunami_lama"))).isEmpty();
        assertThatThrownBy(() -> CATALOG.requireUsable(List.of("alien"), List.of()))
                .isInstanceOf(SecurityRuleViolation.class);
    }

    @Test
    void retiredIndicatorsStillCountForTheTpsThatCarryThem() {
        assertThat(CATALOG.assess(null, List.of("tsunami_lama"), MANUAL).category()).isEqualTo(RAWAN);
    }

    @Test
    void indicatorsAreListedInTheirConfiguredOrderAndCountRulesNeedOneIndicator() {
        assertThat(CATALOG.all()).extracting(IndicatorDefinition::code).containsSubsequence("akses_sulit",
                "netralitas_asn", "hoaks", "lokasi_khusus");
        assertThatThrownBy(() -> new IndicatorCatalog(List.of(), Map.of(0, RAWAN)))
                .isInstanceOfSatisfying(SecurityRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(SecurityProblem.BAD_COUNT_RULE));
    }

    @Test
    void indicatorCellsAreSplitOnSemicolons() {
        assertThat(Classification.parseIndicators(" perbatasan; hoaks ;;")).containsExactly("perbatasan", "hoaks");
        assertThat(Classification.parseIndicators("")).isEmpty();
        assertThat(new Classification(RAWAN, List.of("b", "a", "b"), RULES).indicators()).containsExactly("a", "b");
    }
}
