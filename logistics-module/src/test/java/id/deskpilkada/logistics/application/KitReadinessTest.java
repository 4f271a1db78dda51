package id.deskpilkada.logistics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.logistics.domain.ItemReadiness;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Receipts and TPS changes move the readiness read model, per region and per item, on a real database. */
class KitReadinessTest {

    private static final String DESA = "53.71.05.1001";
    private static final String OTHER_DESA = "53.71.05.1002";
    private static final String NEW_KECAMATAN_DESA = "53.71.06.1001";
    private static final ReadinessFixture FIXTURE = new ReadinessFixture();

    @BeforeEach
    void twoTpsInOneDesa() {
        FIXTURE.reset(2);
        FIXTURE.createTps(DESA, 1, 300);
        FIXTURE.createTps(DESA, 2, 400);
        FIXTURE.rebuild();
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private static Readiness nation() {
        return FIXTURE.readiness("");
    }

    private static long itemReady(String region, String item) {
        return FIXTURE.items(region).stream().filter(i -> i.itemCode().equals(item)).findFirst()
                .map(ItemReadiness::tpsReady).orElseThrow();
    }

    @Test
    void aFullKitCountsTheTpsReadyAtEveryLevelAndPublishesTheCrossedPercents() {
        FIXTURE.receive(DESA, 1, FIXTURE.kit(300, 2));

        for (String level : new String[] {DESA, "53.71.05", "53.71", "53", ""}) {
            assertThat(FIXTURE.readiness(level)).isEqualTo(new Readiness(level, 2, 1));
            assertThat(FIXTURE.items(level)).allSatisfy(item -> assertThat(item.percent()).isEqualTo(50));
        }
        assertThat(FIXTURE.published).hasSize(5)
                .allSatisfy(e -> assertThat(e.percent()).isEqualTo(50));
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();
    }

    @Test
    void anItemCountsOnceItsStockReachesTheNeedEvenBeforeTheKitIsComplete() {
        FIXTURE.receive(DESA, 1, Map.of("SURAT_SUARA", 600, "TINTA", 2));
        FIXTURE.receive(DESA, 1, Map.of("SURAT_SUARA", 15));

        assertThat(itemReady("", "TINTA")).isEqualTo(1);
        assertThat(itemReady("", "SURAT_SUARA")).as("615 of 616 (300 + 2.5%, two elections)").isZero();
        FIXTURE.receive(DESA, 1, Map.of("SURAT_SUARA", 1));
        assertThat(itemReady("", "SURAT_SUARA")).isEqualTo(1);
        assertThat(nation().tpsReady()).isZero();
        assertThat(FIXTURE.published).isEmpty();
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();
    }

    @Test
    void moreVotersThanTheKitCoversMakeAReadyTpsUnreadyAndFewerMakeItReadyAgain() {
        FIXTURE.receive(DESA, 1, FIXTURE.kit(300, 2));
        FIXTURE.published.clear();

        FIXTURE.setVoters(DESA, 1, 301);
        FIXTURE.recheck(DESA, 1);

        assertThat(nation()).isEqualTo(new Readiness("", 2, 0));
        assertThat(itemReady("", "SURAT_SUARA")).isZero();
        assertThat(itemReady("", "KOTAK_SUARA")).as("the boxes still suffice").isEqualTo(1);
        assertThat(FIXTURE.published).extracting(RegionReadinessChanged::percent).containsOnly(0);
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();

        FIXTURE.setVoters(DESA, 1, 280);
        FIXTURE.recheck(DESA, 1);
        FIXTURE.recheck(DESA, 1);

        assertThat(nation()).as("a repeated event changes nothing more").isEqualTo(new Readiness("", 2, 1));
        assertThat(FIXTURE.published).extracting(RegionReadinessChanged::percent).containsExactly(0, 0, 0, 0, 0,
                50, 50, 50, 50, 50);
    }

    @Test
    void damageAfterReceiptMakesAReadyTpsUnreadyAtEveryLevelAndPublishesTheCrossedPercents() {
        FIXTURE.receive(DESA, 1, FIXTURE.kit(300, 2));
        FIXTURE.published.clear();

        FIXTURE.damage(DESA, 1, Map.of("SURAT_SUARA", 20));

        for (String level : new String[] {DESA, "53.71.05", "53.71", "53", ""}) {
            assertThat(FIXTURE.readiness(level)).isEqualTo(new Readiness(level, 2, 0));
        }
        assertThat(itemReady("53.71.05", "SURAT_SUARA")).isZero();
        assertThat(itemReady("53.71.05", "KOTAK_SUARA")).as("the boxes are untouched").isEqualTo(1);
        assertThat(FIXTURE.published).hasSize(5).allSatisfy(e -> assertThat(e.percent()).isZero());
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();

        FIXTURE.receive(DESA, 1, Map.of("SURAT_SUARA", 20));

        assertThat(nation()).as("a replacement makes it ready again").isEqualTo(new Readiness("", 2, 1));
    }

    @Test
    void damageBeyondWhatIsOnHandIsRefusedAndChangesNothing() {
        FIXTURE.receive(DESA, 1, FIXTURE.kit(300, 2));
        FIXTURE.published.clear();

        assertThatThrownBy(() -> FIXTURE.damage(DESA, 1, Map.of("TINTA", 3)))
                .isInstanceOfSatisfying(ShipmentRuleViolation.class,
                        v -> assertThat(v.problem()).isEqualTo(ShipmentProblem.DAMAGE_EXCEEDS_STOCK))
                .hasMessage("Only 2 of Tinta on hand at the TPS: 3 cannot be damaged");

        assertThat(nation()).isEqualTo(new Readiness("", 2, 1));
        assertThat(FIXTURE.published).isEmpty();
    }

    @Test
    void aRemovedTpsLeavesTheTotalsAndARestoredOneComesBackChecked() {
        FIXTURE.receive(DESA, 1, FIXTURE.kit(300, 2));

        FIXTURE.setStatus(DESA, 1, "DIHAPUS");
        FIXTURE.recheck(DESA, 1);

        assertThat(nation()).isEqualTo(new Readiness("", 1, 0));
        assertThat(FIXTURE.items("")).allSatisfy(item -> assertThat(item.tpsReady()).isZero());

        FIXTURE.setStatus(DESA, 1, "AKTIF");
        FIXTURE.recheck(DESA, 1);

        assertThat(nation()).as("its stock still covers it").isEqualTo(new Readiness("", 2, 1));
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();
    }

    @Test
    void aTpsCreatedInANewKecamatanGetsItsRowsAndALateEventAfterARebuildChangesNothing() {
        FIXTURE.createTps(NEW_KECAMATAN_DESA, 1, 200);
        FIXTURE.recheck(NEW_KECAMATAN_DESA, 1);

        assertThat(FIXTURE.readiness("53.71.06")).isEqualTo(new Readiness("53.71.06", 1, 0));
        assertThat(nation().tpsTotal()).isEqualTo(3);

        FIXTURE.createTps(OTHER_DESA, 1, 100);
        FIXTURE.rebuild();
        FIXTURE.recheck(OTHER_DESA, 1);

        assertThat(nation().tpsTotal()).isEqualTo(4);
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();
    }

    @Test
    void aReceiptTakesInATpsCreatedWhoseEventIsStillOnItsWay() {
        FIXTURE.createTps(DESA, 3, 100);
        Map<String, Integer> kit = new HashMap<>(FIXTURE.kit(100, 2));

        FIXTURE.receive(DESA, 3, kit);

        assertThat(nation()).as("never more ready than in total").isEqualTo(new Readiness("", 3, 1));
        FIXTURE.recheck(DESA, 3);
        assertThat(nation()).isEqualTo(new Readiness("", 3, 1));
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();
    }

    @Test
    void aTpsImportRebuildsAndAnnouncesTheNationTheProvincesAndTheKabKotaAsTheyAreNow() {
        FIXTURE.receive(DESA, 1, FIXTURE.kit(300, 2));
        FIXTURE.published.clear();
        FIXTURE.createTps(DESA, 3, 100);
        FIXTURE.createTps("15.71.01.1001", 1, 200);

        FIXTURE.importTps();

        assertThat(FIXTURE.published).extracting(e -> e.regionCode() + " " + e.percent() + "% " + e.tpsReady() + "/"
                + e.tpsTotal()).containsExactly(" 25% 1/4", "15 0% 0/1", "53 33% 1/3", "15.71 0% 0/1", "53.71 33% 1/3");
        assertThat(FIXTURE.readiness("53.71.05")).as("rebuilt, not announced").isEqualTo(
                new Readiness("53.71.05", 3, 1));
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();
    }

    @Test
    void theRecountCheckNamesARegionWhoseItemCountDrifted() {
        FIXTURE.receive(DESA, 1, Map.of("TINTA", 2));
        FIXTURE.db.inTransaction(() -> {
            FIXTURE.db.execute("update lgs_readiness_item set tps_ready = 5 where region_code = '53.71'"
                    + " and item_code = 'TINTA'");
        });

        assertThat(FIXTURE.differencesFromRecount()).containsExactly("53.71 TINTA: recount 1, model 5");
    }
}
