package id.deskpilkada.logistics.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.logistics.domain.KitCoverage;
import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.TpsKit;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The readiness read model equals a full recomputation after any sequence of events: receipts of partial or
 * complete quantities at any TPS of a small region tree, damage of what a TPS holds, and TPS created, removed,
 * restored or given other voters — their platform.TpsChanged delivered late, out of order, twice, or after a
 * rebuild (TpsImported). Receipts, damage and checks run through {@link KitReadiness} and the real SQL of the
 * read model on H2; the recomputation is independent of it: each active TPS's kit from its voters and everything
 * it received less what was damaged.
 *
 * <p>A failing sequence is shrunk and reported with its seed; {@code @Property(seed = "…")} replays it.
 */
class ReadinessReadModelProperties {

    /** Desa of two provinces, two kab/kota each, two kecamatan each: TPS appear in new regions too. */
    private static final List<String> VILLAGES = villages();
    private static final int[] LEVELS = {13, 8, 5, 2, 0};
    private static final int KIT_ITEMS = 8;
    private static final ReadinessFixture FIXTURE = new ReadinessFixture();

    @AfterContainer
    static void close() {
        FIXTURE.close();
    }

    @Property(tries = 50)
    void theReadModelEqualsAFullRecomputationAfterAnySequenceOfEvents(
            @ForAll("initialTps") List<NewTps> initial, @ForAll boolean province12HoldsOneElection,
            @ForAll("steps") List<Step> steps) {
        World world = new World(province12HoldsOneElection);
        FIXTURE.reset(2);
        if (province12HoldsOneElection) {
            FIXTURE.electionsIn("12", 1);
        }
        initial.forEach(tps -> world.create(tps.village(), tps.voters()));
        FIXTURE.rebuild();
        world.pending.clear();
        world.hearModel();

        for (Step step : steps) {
            step.run(world);
            assertHeardTheModel(world, step);
            if (world.pending.isEmpty()) {
                assertThat(FIXTURE.differencesFromRecount()).as("after %s", step).isEmpty();
            }
        }
        while (!world.pending.isEmpty()) {
            new Deliver(0).run(world);
        }
        assertHeardTheModel(world, "every event delivered");

        assertThat(FIXTURE.differencesFromRecount()).isEmpty();
        Recomputation expected = world.recompute();
        assertThat(modelKit()).isEqualTo(expected.kit);
        assertThat(modelItems()).isEqualTo(expected.items);
        assertThat(readyTps()).isEqualTo(expected.ready);
    }

    /** A listener of RegionReadinessChanged knows every region's whole percent as the model has it. */
    private static void assertHeardTheModel(World world, Object after) {
        world.hearPublished();
        Map<String, Integer> model = modelPercents();
        assertThat(world.heard(model.keySet())).as("RegionReadinessChanged follows every whole percent, after %s",
                after).isEqualTo(model);
    }

    @Provide
    Arbitrary<List<NewTps>> initialTps() {
        return Combinators.combine(Arbitraries.of(VILLAGES), Arbitraries.integers().between(1, 600)).as(NewTps::new)
                .list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 999);
        Arbitrary<Integer> voters = Arbitraries.integers().between(1, 600);
        Arbitrary<Integer> percent = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(100)),
                Tuple.of(2, Arbitraries.just(0)), Tuple.of(2, Arbitraries.just(50)),
                Tuple.of(3, Arbitraries.integers().between(1, 130)));
        Arbitrary<Integer> damage = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.just(1)), Tuple.of(1, Arbitraries.just(100)),
                Tuple.of(2, Arbitraries.integers().between(1, 100)));
        return Arbitraries.<Step>frequencyOf(
                Tuple.of(6, Combinators.combine(any, percent.list().ofSize(KIT_ITEMS)).as(Receipt::new)),
                Tuple.of(3, any.map(tps -> new Receipt(tps, Collections.nCopies(KIT_ITEMS, 100)))),
                Tuple.of(2, Combinators.combine(any, damage.list().ofSize(KIT_ITEMS)).as(Damage::new)),
                Tuple.of(3, Combinators.combine(any, voters).as(ChangeVoters::new)),
                Tuple.of(3, Combinators.combine(any, Arbitraries.integers().between(-3, 3)).as(NudgeVoters::new)),
                Tuple.of(1, any.map(Remove::new)),
                Tuple.of(1, any.map(Restore::new)),
                Tuple.of(1, Combinators.combine(any, voters).as(Create::new)),
                Tuple.of(5, any.map(Deliver::new)),
                Tuple.of(1, any.map(DeliverAgain::new)),
                Tuple.of(2, Arbitraries.just(new Rebuild())))
                .list().ofMaxSize(30);
    }

    private static List<String> villages() {
        List<String> villages = new ArrayList<>();
        for (String province : List.of("11", "12")) {
            for (String kabupaten : List.of("01", "71")) {
                for (String kecamatan : List.of("01", "02")) {
                    villages.add(province + "." + kabupaten + "." + kecamatan + ".2001");
                    villages.add(province + "." + kabupaten + "." + kecamatan + ".2002");
                }
            }
        }
        return villages;
    }

    /** Regions of the read model with TPS or counts, with their kit figures. */
    private static Map<String, Readiness> modelKit() {
        Map<String, Readiness> kit = new TreeMap<>();
        FIXTURE.db.inTransaction(() -> FIXTURE.db.rows("select region_code, tps_total, tps_ready from lgs_readiness"))
                .stream()
                .map(r -> new Readiness((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .filter(r -> r.tpsTotal() != 0 || r.tpsReady() != 0)
                .forEach(r -> kit.put(r.regionCode(), r));
        return kit;
    }

    /** "region item" → TPS with the item covered, leaving out zeros. */
    private static Map<String, Long> modelItems() {
        Map<String, Long> items = new TreeMap<>();
        FIXTURE.db.inTransaction(() -> FIXTURE.db.rows("select region_code, item_code, tps_ready"
                        + " from lgs_readiness_item where tps_ready <> 0"))
                .forEach(r -> items.put(r[0] + " " + r[1], ((Number) r[2]).longValue()));
        return items;
    }

    private static Set<String> readyTps() {
        Set<String> ready = new TreeSet<>();
        FIXTURE.db.inTransaction(() -> FIXTURE.db.rows("select village_code, tps_number from lgs_tps_ready"))
                .forEach(r -> ready.add(r[0] + "/" + r[1]));
        return ready;
    }

    private static Map<String, Integer> modelPercents() {
        Map<String, Integer> percents = new TreeMap<>();
        FIXTURE.db.inTransaction(() -> FIXTURE.db.rows("select region_code, tps_total, tps_ready from lgs_readiness"))
                .forEach(r -> percents.put((String) r[0], Readiness.wholePercent(((Number) r[2]).longValue(),
                        ((Number) r[1]).longValue())));
        return percents;
    }

    record NewTps(String village, int voters) {
    }

    record TpsKey(String village, int number) {

        @Override
        public String toString() {
            return village + "/" + number;
        }
    }

    /** Everything the platform and the receipts did, as the test saw it, and what it heard of the events. */
    static final class World {

        final boolean province12HoldsOneElection;
        final List<TpsKey> tps = new ArrayList<>();
        final Map<TpsKey, Integer> voters = new HashMap<>();
        final Set<TpsKey> removed = new HashSet<>();
        final Map<TpsKey, Map<String, Integer>> stock = new HashMap<>();
        /** TPS whose platform.TpsChanged is on its way. */
        final List<TpsKey> pending = new ArrayList<>();
        /** What a listener of RegionReadinessChanged knows of each region's whole percent. */
        private final Map<String, Integer> heard = new HashMap<>();
        private final List<KitItem> catalogue = FIXTURE.catalogue();

        World(boolean province12HoldsOneElection) {
            this.province12HoldsOneElection = province12HoldsOneElection;
        }

        TpsKey pick(int index) {
            return tps.get(index % tps.size());
        }

        int elections(String village) {
            return province12HoldsOneElection && village.startsWith("12") ? 1 : 2;
        }

        Map<String, Integer> needs(TpsKey key) {
            return TpsKit.needs(catalogue, voters.get(key), elections(key.village()));
        }

        void create(String village, int tpsVoters) {
            int number = tps.stream().filter(t -> t.village().equals(village)).mapToInt(TpsKey::number).max()
                    .orElse(0) + 1;
            TpsKey key = new TpsKey(village, number);
            FIXTURE.createTps(village, number, tpsVoters);
            tps.add(key);
            voters.put(key, tpsVoters);
            pending.add(key);
        }

        void hearModel() {
            FIXTURE.published.clear();
            heard.clear();
            heard.putAll(modelPercents());
        }

        /** Kecamatan and desa as the model has them: a rebuild does not announce those levels. */
        void hearUnannouncedLevelsFromModel() {
            modelPercents().forEach((region, percent) -> {
                if (region.length() > 5) {
                    heard.put(region, percent);
                }
            });
        }

        void hearPublished() {
            for (RegionReadinessChanged event : FIXTURE.published) {
                heard.put(event.regionCode(), event.percent());
            }
            FIXTURE.published.clear();
        }

        /** The heard percent of each of the regions (one never heard of is at 0%). */
        Map<String, Integer> heard(Set<String> regions) {
            Map<String, Integer> percents = new TreeMap<>();
            regions.forEach(region -> percents.put(region, heard.getOrDefault(region, 0)));
            return percents;
        }

        Recomputation recompute() {
            Recomputation result = new Recomputation();
            Map<String, long[]> kit = new HashMap<>();
            for (TpsKey key : tps) {
                if (removed.contains(key)) {
                    continue;
                }
                KitCoverage coverage = KitCoverage.of(needs(key), stock.getOrDefault(key, Map.of()));
                if (coverage.complete()) {
                    result.ready.add(key.toString());
                }
                for (int length : LEVELS) {
                    String region = key.village().substring(0, length);
                    long[] counts = kit.computeIfAbsent(region, r -> new long[2]);
                    counts[0]++;
                    counts[1] += coverage.complete() ? 1 : 0;
                    coverage.coveredItems().forEach(item -> result.items.merge(region + " " + item, 1L, Long::sum));
                }
            }
            kit.forEach((region, counts) -> result.kit.put(region, new Readiness(region, counts[0], counts[1])));
            return result;
        }
    }

    static final class Recomputation {
        final Map<String, Readiness> kit = new TreeMap<>();
        final Map<String, Long> items = new TreeMap<>();
        final Set<String> ready = new TreeSet<>();
    }

    /** One thing that happens; indexes choose among the TPS (or desa, or events on their way) modulo their number. */
    interface Step {
        void run(World world);
    }

    /** A receipt at a TPS: per kit item a percentage of what the TPS needs now. */
    record Receipt(int tps, List<Integer> percentOfNeed) implements Step {
        @Override
        public void run(World world) {
            TpsKey key = world.pick(tps);
            Map<String, Integer> usable = new HashMap<>();
            List<Map.Entry<String, Integer>> needs = new ArrayList<>(world.needs(key).entrySet());
            for (int i = 0; i < needs.size() && i < percentOfNeed.size(); i++) {
                usable.put(needs.get(i).getKey(), needs.get(i).getValue() * percentOfNeed.get(i) / 100);
            }
            FIXTURE.receive(key.village(), key.number(), usable);
            Map<String, Integer> stock = world.stock.computeIfAbsent(key, k -> new HashMap<>());
            usable.forEach((item, quantity) -> stock.merge(item, quantity, Integer::sum));
        }
    }

    /**
     * Damage after receipt at an active TPS (the service refuses a removed one): per item it holds, in code order,
     * a percentage of its stock, so that a single piece lost can take a complete kit below its need.
     */
    record Damage(int tps, List<Integer> percentOfStock) implements Step {
        @Override
        public void run(World world) {
            TpsKey key = world.pick(tps);
            Map<String, Integer> stock = world.stock.get(key);
            if (world.removed.contains(key) || stock == null) {
                return;
            }
            Map<String, Integer> damaged = new HashMap<>();
            List<String> items = new ArrayList<>(new TreeSet<>(stock.keySet()));
            for (int i = 0; i < items.size() && i < percentOfStock.size(); i++) {
                int quantity = Math.max(percentOfStock.get(i) > 0 ? 1 : 0,
                        stock.get(items.get(i)) * percentOfStock.get(i) / 100);
                if (quantity > 0 && quantity <= stock.get(items.get(i))) {
                    damaged.put(items.get(i), quantity);
                }
            }
            if (!damaged.isEmpty()) {
                FIXTURE.damage(key.village(), key.number(), damaged);
                damaged.forEach((item, quantity) -> stock.merge(item, -quantity, Integer::sum));
            }
        }
    }

    /** An administrator sets a TPS's voters (a removed one's too: it stays removed). */
    record ChangeVoters(int tps, int voters) implements Step {
        @Override
        public void run(World world) {
            TpsKey key = world.pick(tps);
            if (world.voters.get(key) == voters) {
                return; // the TPS service publishes nothing for no change
            }
            FIXTURE.setVoters(key.village(), key.number(), voters);
            world.voters.put(key, voters);
            world.pending.add(key);
        }
    }

    /** A few voters more or fewer: the need crosses what a complete kit holds. */
    record NudgeVoters(int tps, int by) implements Step {
        @Override
        public void run(World world) {
            TpsKey key = world.pick(tps);
            new ChangeVoters(tps, Math.max(1, Math.min(600, world.voters.get(key) + by))).run(world);
        }
    }

    record Remove(int tps) implements Step {
        @Override
        public void run(World world) {
            TpsKey key = world.pick(tps);
            if (world.removed.add(key)) {
                FIXTURE.setStatus(key.village(), key.number(), "DIHAPUS");
                world.pending.add(key);
            }
        }
    }

    record Restore(int tps) implements Step {
        @Override
        public void run(World world) {
            TpsKey key = world.pick(tps);
            if (world.removed.remove(key)) {
                FIXTURE.setStatus(key.village(), key.number(), "AKTIF");
                world.pending.add(key);
            }
        }
    }

    record Create(int village, int voters) implements Step {
        @Override
        public void run(World world) {
            world.create(VILLAGES.get(village % VILLAGES.size()), voters);
        }
    }

    /** One of the TpsChanged on their way arrives: any of them, not necessarily the oldest. */
    record Deliver(int event) implements Step {
        @Override
        public void run(World world) {
            if (!world.pending.isEmpty()) {
                TpsKey key = world.pending.remove(event % world.pending.size());
                FIXTURE.recheck(key.village(), key.number());
            }
        }
    }

    /** A TpsChanged handled again, or one about a TPS the read model already took in. */
    record DeliverAgain(int tps) implements Step {
        @Override
        public void run(World world) {
            TpsKey key = world.pick(tps);
            FIXTURE.recheck(key.village(), key.number());
        }
    }

    /**
     * A TpsImported: the rebuild, which announces the nation, the provinces and the kab/kota; a listener learns the
     * kecamatan and desa only from their next crossings, so the test takes those from the model.
     */
    record Rebuild() implements Step {
        @Override
        public void run(World world) {
            FIXTURE.importTps();
            world.hearUnannouncedLevelsFromModel();
        }
    }
}
