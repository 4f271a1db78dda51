package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KitItemTest {

    static final KitItem BALLOT = new KitItem("SURAT_SUARA", "Surat suara", "lembar", 0, BigDecimal.ONE,
            new BigDecimal("2.5"), true, 1);
    static final KitItem BOX = new KitItem("KOTAK_SUARA", "Kotak suara", "buah", 1, BigDecimal.ZERO, BigDecimal.ZERO,
            true, 2);
    static final KitItem INK = new KitItem("TINTA", "Tinta", "botol", 2, BigDecimal.ZERO, BigDecimal.ZERO, false, 3);
    static final List<KitItem> CATALOGUE = List.of(BALLOT, BOX, INK);

    @Test
    void ballotPapersAreDptPlusTwoAndAHalfPercentPerElectionRoundedUp() {
        assertThat(BALLOT.needFor(400, 1)).isEqualTo(410);
        assertThat(BALLOT.needFor(400, 2)).as("gubernur and wali kota").isEqualTo(820);
        assertThat(BALLOT.needFor(401, 1)).as("411.025 rounds up").isEqualTo(412);
        assertThat(BALLOT.needFor(0, 2)).isZero();
    }

    @Test
    void fixedItemsPerTpsAndPerElection() {
        assertThat(BOX.needFor(600, 2)).isEqualTo(2);
        assertThat(INK.needFor(600, 2)).as("not per election").isEqualTo(2);
    }

    @Test
    void aKitIsCompleteWhenEveryItemCoversItsNeed() {
        Map<String, Integer> needs = TpsKit.needs(CATALOGUE, 400, 2);
        assertThat(needs).containsExactly(Map.entry("SURAT_SUARA", 820), Map.entry("KOTAK_SUARA", 2),
                Map.entry("TINTA", 2));
        assertThat(KitCoverage.of(needs, needs).complete()).isTrue();
        assertThat(KitCoverage.of(needs, Map.of("SURAT_SUARA", 819, "KOTAK_SUARA", 2, "TINTA", 2)).complete())
                .isFalse();
        assertThat(KitCoverage.of(needs, Map.of("SURAT_SUARA", 820, "KOTAK_SUARA", 2)).complete()).isFalse();
    }

    @Test
    void readinessCrossesOnlyWholePercents() {
        Readiness before = new Readiness("15.71", 1000, 979);
        assertThat(before.percent()).isEqualTo(97);
        assertThat(before.crossesWholePercent(new Readiness("15.71", 1000, 980))).isTrue();
        assertThat(new Readiness("15.71", 1000, 980).crossesWholePercent(new Readiness("15.71", 1000, 981)))
                .isFalse();
        assertThat(new Readiness("", 0, 0).percent()).isZero();
    }
}
