package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NeedChangesTest {

    /** A TPS as the preview sees it: where it lies, its voters, the elections held there before and after. */
    record Tps(String region, int voters, int electionsBefore, int electionsAfter) {
    }

    static final KitItem BALLOT = KitItemTest.BALLOT;
    static final KitItem BOX = KitItemTest.BOX;
    static final KitItem INK = KitItemTest.INK;
    static final List<KitItem> KIT = List.of(BALLOT, BOX, INK);

    static final List<Tps> TPS = List.of(
            new Tps("53", 400, 2, 2), new Tps("53", 400, 2, 2), new Tps("53", 401, 2, 2),
            new Tps("53", 17, 2, 2), new Tps("15", 600, 2, 2), new Tps("15", 401, 2, 2), new Tps("15", 1, 2, 2));

    /** The groups the aggregate query hands over: TPS alike in region, voters and elections, counted. */
    static List<TpsGroup> grouped(List<Tps> tps) {
        return tps.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet()
                .stream().map(e -> new TpsGroup(e.getKey().region(), e.getKey().voters(),
                        e.getKey().electionsBefore(), e.getKey().electionsAfter(), e.getValue())).toList();
    }

    /** The same, TPS by TPS: what summing each TPS's kit gives. */
    static long sum(KitItem item, List<Tps> tps, boolean after) {
        return tps.stream().mapToLong(t -> item.needFor(t.voters(), after ? t.electionsAfter() : t.electionsBefore()))
                .sum();
    }

    static ItemNeedChange item(NeedChanges changes, String code) {
        return changes.items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aHigherBallotReserveIsCeiledPerTpsAndMatchesTheSumOfEveryTpsKit() {
        KitItem moreReserve = BALLOT.proposed(new ItemSpec("SURAT_SUARA", "Surat suara", "lembar", 0,
                BigDecimal.ONE, new BigDecimal("3"), true));
        NeedChanges changes = NeedChanges.compare("", KIT, List.of(moreReserve, BOX, INK), grouped(TPS));

        ItemNeedChange ballots = item(changes, "SURAT_SUARA");
        assertThat(ballots.before()).isEqualTo(sum(BALLOT, TPS, false));
        assertThat(ballots.after()).isEqualTo(sum(moreReserve, TPS, true));
        // 400 → 410 / 412, 401 → 412 / 414, 17 → 18 / 18, 600 → 615 / 618, 1 → 2 / 2; twice for two elections
        assertThat(ballots.before()).isEqualTo(2 * (410 + 410 + 412 + 18 + 615 + 412 + 2));
        assertThat(ballots.after()).isEqualTo(2 * (412 + 412 + 414 + 18 + 618 + 414 + 2));
        assertThat(ballots.difference()).isEqualTo(2 * (2 + 2 + 2 + 0 + 3 + 2 + 0));
        assertThat(ballots.tpsChanged()).as("17 and 1 voter(s) round to the same").isEqualTo(5);
        assertThat(item(changes, "KOTAK_SUARA").changed()).isFalse();
        assertThat(item(changes, "KOTAK_SUARA").before()).isEqualTo(2 * 7);
        assertThat(changes.tpsChanged()).isEqualTo(5);
        assertThat(changes.tpsTotal()).isEqualTo(7);
        assertThat(changes.regions()).extracting(RegionNeedChange::regionCode).containsExactly("15", "53");
        assertThat(changes.regions()).allMatch(r -> r.change().code().equals("SURAT_SUARA"));
        assertThat(changes.regions().get(0).change().difference()).isEqualTo(2 * (3 + 2));
    }

    @Test
    void fewerElectionsInARegionHalveItsPerElectionItemsOnly() {
        List<Tps> kotaOnlyGovernor = TPS.stream().map(t -> t.region().equals("15")
                ? new Tps(t.region(), t.voters(), 2, 1) : t).toList();
        NeedChanges changes = NeedChanges.compare("", KIT, KIT, grouped(kotaOnlyGovernor));

        for (KitItem item : KIT) {
            assertThat(item(changes, item.code()).before()).isEqualTo(sum(item, kotaOnlyGovernor, false));
            assertThat(item(changes, item.code()).after()).isEqualTo(sum(item, kotaOnlyGovernor, true));
        }
        assertThat(item(changes, "SURAT_SUARA").difference()).isEqualTo(-(615 + 412 + 2));
        assertThat(item(changes, "KOTAK_SUARA").difference()).isEqualTo(-3);
        assertThat(item(changes, "TINTA").changed()).as("not per election").isFalse();
        assertThat(changes.tpsChanged()).isEqualTo(3);
        assertThat(changes.regions()).extracting(RegionNeedChange::regionCode).containsOnly("15");
    }

    @Test
    void aRetiredItemIsNeededNoMoreAndANewOneByEveryTps() {
        KitItem gloves = KitItem.of(new ItemSpec("SARUNG_TANGAN", "Sarung tangan", "pasang", 2, BigDecimal.ZERO,
                BigDecimal.ZERO, false), 9);
        NeedChanges changes = NeedChanges.compare("", KIT, List.of(BALLOT, BOX, gloves), grouped(TPS));

        assertThat(changes.items()).extracting(ItemNeedChange::code)
                .containsExactly("SURAT_SUARA", "KOTAK_SUARA", "TINTA", "SARUNG_TANGAN");
        assertThat(item(changes, "TINTA")).extracting(ItemNeedChange::before, ItemNeedChange::after,
                ItemNeedChange::tpsChanged).containsExactly(14L, 0L, 7L);
        assertThat(item(changes, "SARUNG_TANGAN")).extracting(ItemNeedChange::before, ItemNeedChange::after)
                .containsExactly(0L, 14L);
        assertThat(changes.anyChange()).isTrue();
    }

    @Test
    void renamingChangesNoNeedButShowsTheNewName() {
        KitItem renamed = INK.proposed(new ItemSpec("TINTA", "Tinta sidik jari", "botol", 2, BigDecimal.ZERO,
                BigDecimal.ZERO, false));
        NeedChanges changes = NeedChanges.compare("53", KIT, List.of(BALLOT, BOX, renamed), grouped(TPS));

        assertThat(changes.anyChange()).isFalse();
        assertThat(changes.tpsChanged()).isZero();
        assertThat(changes.regions()).isEmpty();
        assertThat(item(changes, "TINTA").name()).isEqualTo("Tinta sidik jari");
    }

    @Test
    void aKitItemCanBeRevisedRetiredAndReinstated() {
        KitItem seal = KitItem.of(new ItemSpec("SEGEL", "Segel", "lembar", 10, BigDecimal.ZERO, BigDecimal.ZERO,
                true), 5);
        assertThat(seal.active()).isTrue();
        seal.revise(new ItemSpec("SEGEL", "Segel plastik", "lembar", 12, BigDecimal.ZERO, BigDecimal.ZERO, true));
        assertThat(seal.needFor(300, 2)).isEqualTo(24);
        seal.retire();
        assertThat(seal.active()).isFalse();
        assertThat(seal.proposed(seal.spec()).active()).isFalse();
        seal.reinstate();
        assertThat(seal.spec()).isEqualTo(new ItemSpec("SEGEL", "Segel plastik", "lembar", 12, BigDecimal.ZERO,
                BigDecimal.ZERO, true));
        assertThat(Map.of("SEGEL", 24)).isEqualTo(TpsKit.needs(List.of(seal), 300, 2));
    }
}
