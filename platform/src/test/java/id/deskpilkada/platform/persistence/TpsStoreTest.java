package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.domain.TpsPlan;
import id.deskpilkada.platform.domain.tps.Coordinates;
import id.deskpilkada.platform.domain.tps.ExistingTps;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import id.deskpilkada.platform.domain.tps.GenerationResult;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsImportPlan;
import id.deskpilkada.platform.domain.tps.TpsKey;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC side of TPS on H2: bulk insert and update, look-ups, usage counts and the synthetic generator. */
class TpsStoreTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 20, 8, 30, 15, 123_456_000);
    private static final String KUPANG = "53.71";

    /** Kota Kupang's regions stored; shared, each test works in villages of its own. */
    private static H2Platform db;
    private static TpsStore store;

    @BeforeAll
    static void database() {
        db = new H2Platform().withRegionsOf("53");
        store = db.tpsStore();
    }

    @Test
    void bulkInsertedTpsReadBackWithEveryValue() {
        TpsDetails withPoint = new TpsDetails("53.71.01.1001", 1, 480, "Jl. \"Alak\", RT 01 \u00e9", new Coordinates(-10.1772, 123.5801));
        TpsDetails withoutPoint = new TpsDetails("53.71.01.1001", 2, 600, "SD Inpres", null);
        store.insert(List.of(withPoint, withoutPoint), NOW);

        Map<TpsKey, ExistingTps> stored = store.existingIn(List.of("53.71.01.1001"));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(withPoint.key()).details()).isEqualTo(withPoint);
        assertThat(stored.get(withoutPoint.key()).details()).isEqualTo(withoutPoint);
        assertThat(stored.get(withPoint.key()).status()).isEqualTo(TpsStatus.AKTIF);
        assertThat(stored.get(withPoint.key()).synthetic()).isFalse();
        assertThat(db.count("select count(*) from plt_tps where updated_at = timestamp '2024-11-20 08:30:15.123456'"))
                .isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesASecondTpsOfTheSameNumber() {
        TpsDetails tps = new TpsDetails("53.71.01.1002", 1, 300, "Posyandu", null);
        store.insert(List.of(tps), NOW);
        assertThatThrownBy(() -> store.insert(List.of(tps), NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void updatesWriteTheFileValuesAndMakeTheTpsActiveAndReal() {
        String village = "53.71.01.1003";
        TpsDetails before = new TpsDetails(village, 1, 300, "Lama", null);
        store.insert(List.of(before), NOW);
        db.execute("update plt_tps set status = 'DIHAPUS', synthetic = true where village_code = '" + village + "'");
        ExistingTps stored = store.existingIn(List.of(village)).get(before.key());
        TpsDetails after = new TpsDetails(village, 1, 301, "Baru", new Coordinates(-10.2, 123.6));

        store.update(List.of(new TpsImportPlan.Update(stored, after)), NOW.plusDays(1));

        ExistingTps updated = store.existingIn(List.of(village)).get(before.key());
        assertThat(updated.details()).isEqualTo(after);
        assertThat(updated.status()).isEqualTo(TpsStatus.AKTIF);
        assertThat(updated.synthetic()).isFalse();
        assertThat(updated.id()).isEqualTo(stored.id());
    }

    @Test
    void onlyStoredDesaKelurahanAreKnownVillages() {
        assertThat(store.knownVillages(List.of("53.71.01.1001", "53.71.01", "53.71.01.9999", "15.71.01.1001")))
                .containsExactly("53.71.01.1001");
    }

    @Test
    void usageCountsActiveTpsUnderRegionsOfEveryLevel() {
        String village = "53.71.02.1001";
        store.insert(List.of(new TpsDetails(village, 1, 300, "A", null), new TpsDetails(village, 2, 300, "B", null),
                new TpsDetails(village, 3, 300, "C", null)), NOW);
        db.execute("update plt_tps set status = 'DIHAPUS' where village_code = '" + village + "' and tps_number = 3");

        Map<String, Long> usage = store.activeTpsUnder(List.of(village, "53.71.02", "53.71.02.1002", "15"));

        assertThat(usage).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(village, 2L, "53.71.02", 2L)));
    }

    @Test
    void generatedTpsReplaceTheEarlierRunAndLeaveVillagesWithRealTpsAlone() {
        String kelapaLima = "53.71.04"; // a kecamatan of Kota Kupang
        TpsPlan plan = store.planOfStoredTree();
        TpsPlan.Summary expected = plan.restrictedTo(List.of(kelapaLima)).summary();
        List<GenerationProgress> progress = new ArrayList<>();

        List<GenerationResult> first = store.replaceSynthetic(plan, List.of(kelapaLima), NOW, progress::add);

        assertThat(first).containsExactly(new GenerationResult(kelapaLima, 0, expected.tps(), expected.voters(), 0));
        assertThat(store.countUnder(kelapaLima)).isEqualTo(expected.tps());
        assertThat(db.count("select count(*) from plt_tps where synthetic = true and village_code like '53.71.04.%'"))
                .isEqualTo(expected.tps());
        assertThat(progress.get(0).phase()).isEqualTo(GenerationProgress.Phase.PLANNING);
        assertThat(progress).extracting(GenerationProgress::phase).contains(GenerationProgress.Phase.REMOVING,
                GenerationProgress.Phase.WRITING);
        assertThat(progress.get(progress.size() - 1)).satisfies(done -> {
            assertThat(done.phase()).isEqualTo(GenerationProgress.Phase.DONE);
            assertThat(done.done()).isEqualTo(expected.tps());
            assertThat(done.percent()).isEqualTo(100);
        });

        // a real TPS in one village: the next run leaves that village out and keeps the real one
        String village = "53.71.04.1001";
        long generatedThere = db.count("select count(*) from plt_tps where village_code = '" + village + "'");
        db.execute("delete from plt_tps where village_code = '" + village + "'");
        store.insert(List.of(new TpsDetails(village, 1, 250, "TPS nyata", null)), NOW);

        List<GenerationResult> second = store.replaceSynthetic(plan, List.of(kelapaLima), NOW, p -> { });

        assertThat(second.get(0).removed()).isEqualTo(expected.tps() - generatedThere);
        assertThat(second.get(0).written()).isEqualTo(expected.tps() - generatedThere);
        assertThat(second.get(0).skippedVillages()).isEqualTo(1);
        assertThat(store.existingIn(List.of(village)).values()).singleElement()
                .satisfies(real -> assertThat(real.details().address()).isEqualTo("TPS nyata"));
        assertThat(store.countUnder(kelapaLima)).isEqualTo(expected.tps() - generatedThere + 1);
    }

    @Test
    void thePlanOfTheStoredTreeGivesTheVillagesTheTpsOfTheBundledNationalPlan() {
        List<TpsPlan.SyntheticTps> fromStore = store.planOfStoredTree().restrictedTo(List.of(KUPANG)).stream().toList();
        List<TpsPlan.SyntheticTps> bundled = TpsPlan.load().restrictedTo(List.of(KUPANG)).stream().toList();
        assertThat(fromStore).isNotEmpty().isEqualTo(bundled);
    }

    @Test
    void overlappingAndBlankRegionCodesAreNormalised() {
        assertThat(SyntheticTpsWriter.normalizedPrefixes(List.of("53.71", "53", " 15. ", "53.71.01")))
                .containsExactly("15", "53");
        assertThat(SyntheticTpsWriter.normalizedPrefixes(List.of())).containsExactly("");
        assertThat(SyntheticTpsWriter.normalizedPrefixes(List.of("53", ""))).containsExactly("");
        assertThatThrownBy(() -> SyntheticTpsWriter.normalizedPrefixes(List.of("53.7")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
