package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KitCoverageTest {

    private static final Map<String, Integer> NEEDS = TpsKit.needs(KitItemTest.CATALOGUE, 400, 2);

    @Test
    void anItemIsCoveredOnceItsUsableStockReachesTheNeed() {
        KitCoverage coverage = KitCoverage.of(NEEDS, Map.of("SURAT_SUARA", 819, "KOTAK_SUARA", 2, "TINTA", 5));

        assertThat(coverage.coveredItems()).containsExactlyInAnyOrder("KOTAK_SUARA", "TINTA");
        assertThat(coverage.complete()).isFalse();
    }

    @Test
    void theKitIsCompleteWhenEveryItemIsCoveredAndItemsOutsideTheKitDoNotCount() {
        KitCoverage coverage = KitCoverage.of(NEEDS, Map.of("SURAT_SUARA", 820, "KOTAK_SUARA", 2, "TINTA", 2,
                "SEGEL", 40));

        assertThat(coverage.coveredItems()).containsExactlyInAnyOrder("SURAT_SUARA", "KOTAK_SUARA", "TINTA");
        assertThat(coverage.complete()).isTrue();
    }

    @Test
    void moreVotersCanUncoverWhatFewerHad() {
        Map<String, Integer> stock = Map.of("SURAT_SUARA", 820, "KOTAK_SUARA", 2, "TINTA", 2);

        KitCoverage raised = KitCoverage.of(TpsKit.needs(KitItemTest.CATALOGUE, 401, 2), stock);

        assertThat(raised.coveredItems()).containsExactlyInAnyOrder("KOTAK_SUARA", "TINTA");
        assertThat(raised.complete()).isFalse();
        assertThat(KitCoverage.of(TpsKit.needs(KitItemTest.CATALOGUE, 350, 2), stock).complete()).isTrue();
    }

    @Test
    void nothingIsCoveredWithoutStockAndTheCoveredSetCannotBeChangedAfterwards() {
        KitCoverage none = KitCoverage.of(NEEDS, Map.of());

        assertThat(none).isEqualTo(KitCoverage.NONE);
        assertThat(new KitCoverage(new java.util.HashSet<>(Set.of("TINTA")), false).coveredItems())
                .isUnmodifiable();
    }

    @Test
    void theItemChangesBetweenTwoCoveragesAreThoseGainedAndThoseLostInCodeOrder() {
        KitCoverage before = new KitCoverage(Set.of("TINTA", "SURAT_SUARA"), false);
        KitCoverage after = new KitCoverage(Set.of("TINTA", "KOTAK_SUARA", "BILIK_SUARA"), false);

        assertThat(before.itemChangesTo(after)).containsExactly(Map.entry("BILIK_SUARA", true),
                Map.entry("KOTAK_SUARA", true), Map.entry("SURAT_SUARA", false));
        assertThat(after.itemChangesTo(after)).isEmpty();
    }
}
