package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessDeltaTest {

    private static final String DESA = "53.71.05.1001";

    @Test
    void theDifferenceBetweenStoredAndRecountedCountsLeavesOutItemsThatAgree() {
        ReadinessDelta delta = ReadinessDelta.between(new Readiness(DESA, 6, 4),
                Map.of("TINTA", 5L, "SURAT_SUARA", 4L), new Readiness(DESA, 7, 4),
                Map.of("TINTA", 5L, "SURAT_SUARA", 3L, "KOTAK_SUARA", 1L));

        assertThat(delta.tpsTotal()).as("a TPS created").isEqualTo(1);
        assertThat(delta.tpsReady()).isZero();
        assertThat(delta.items()).as("in code order, the order rows are locked in")
                .containsExactly(Map.entry("KOTAK_SUARA", 1L), Map.entry("SURAT_SUARA", -1L));
        assertThat(delta.movesKit()).isTrue();
    }

    @Test
    void agreeingCountsMoveNothingAndItemsAloneDoNotMoveTheKit() {
        Readiness desa = new Readiness(DESA, 6, 4);

        assertThat(ReadinessDelta.between(desa, Map.of("TINTA", 5L), desa, Map.of("TINTA", 5L)).isEmpty()).isTrue();
        assertThat(ReadinessDelta.between(desa, Map.of(), desa, Map.of("TINTA", 0L))).isEqualTo(ReadinessDelta.NONE);
        ReadinessDelta inkOnly = ReadinessDelta.between(desa, Map.of(), desa, Map.of("TINTA", 1L));
        assertThat(inkOnly.isEmpty()).isFalse();
        assertThat(inkOnly.movesKit()).isFalse();
    }

    @Test
    void theFiguresBeforeAChangeFollowFromThoseAfterIt() {
        ReadinessDelta removedReadyTps = new ReadinessDelta(-1, -1, Map.of("TINTA", -1L));

        Readiness before = removedReadyTps.before(new Readiness("53", 99, 49));

        assertThat(before).isEqualTo(new Readiness("53", 100, 50));
        assertThat(before.crossesWholePercent(new Readiness("53", 99, 49))).as("50% → 49.49%").isTrue();
    }
}
