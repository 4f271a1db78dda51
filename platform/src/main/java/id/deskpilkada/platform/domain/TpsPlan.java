package id.deskpilkada.platform.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Deterministic synthetic TPS (polling stations) for the whole country or for some regions.
 *
 * <p>No public list of Pilkada 2024 TPS exists, so the desk generates one from the region tree
 * ({@code regions/wilayah.csv}) and the population per kabupaten/kota ({@code regions/population.csv}):
 *
 * <ol>
 *   <li>Voters of a kab/kota = {@code round(population × adultShare)}. The default adult share is
 *       calibrated from the data: {@link #DPT_2024} divided by the population of the kab/kota rows that
 *       have both a population and at least one desa/kelurahan (with the bundled data
 *       203,657,354 / 284,973,643 ≈ {@value #BUNDLED_ADULT_SHARE}; capped at 1 for tiny data sets).</li>
 *   <li>Those voters are split over the kab/kota's desa/kelurahan in proportion to a weight in
 *       [{@value #WEIGHT_MIN}, {@value #WEIGHT_MAX}) drawn from a {@link SplittableRandom} seeded with
 *       the seed and the village code's hash (largest-remainder rounding, so the village numbers add up to
 *       the kab/kota exactly).</li>
 *   <li>A village with {@code v} voters gets {@code ceil(v / target)} TPS, numbered 1..n, the voters
 *       spread evenly (sizes differ by at most one). The target size defaults to
 *       {@value #DEFAULT_TARGET_VOTERS_PER_TPS}, calibrated (see {@link #calibrateTargetVotersPerTps})
 *       so that the national run gives ≈ {@value #TPS_2024} TPS, an average of ≈ 468 voters, every TPS
 *       between 1 and {@value #MAX_VOTERS_PER_TPS} voters.</li>
 * </ol>
 *
 * <p>The same seed gives the same TPS, byte for byte. A village's TPS depend only on its own kab/kota, so a
 * run {@linkplain #restrictedTo restricted} to some region codes gives exactly the TPS the national run
 * gives for those villages. Generation is streamed ({@link #generate}, {@link #stream}); only the region
 * tree is held in memory.
 *
 * <p>Instances are immutable and thread-safe; the {@code with…} methods return new plans sharing the
 * loaded data.
 */
public final class TpsPlan {

    /** Final voter list (DPT) of Pilkada serentak 2024. */
    public static final long DPT_2024 = 203_657_354L;
    /** Number of TPS of Pilkada serentak 2024. */
    public static final int TPS_2024 = 435_296;
    /** Legal maximum of voters per TPS. */
    public static final int MAX_VOTERS_PER_TPS = 600;
    /** Seed used when nobody chooses one (voting day, 27 Nov 2024). */
    public static final long DEFAULT_SEED = 20_241_127L;
    /**
     * Target (maximum) voters per TPS. {@code calibrateTargetVotersPerTps(TPS_2024)} on the bundled data gives
     * 517.33 with the default seed (517.23–517.30 with seeds 1, 2, 3, 42); 517.3 yields 435,316 TPS with the
     * default seed (435,296 + 20) and stays within ±0.02% for other seeds.
     */
    public static final double DEFAULT_TARGET_VOTERS_PER_TPS = 517.3;
    /** The adult share the bundled data yields (DPT 2024 / 284,973,643 inhabitants); documentation only. */
    public static final double BUNDLED_ADULT_SHARE = 0.7146533;
    /** Lower bound of a village's weight when its kab/kota's voters are split. */
    public static final double WEIGHT_MIN = 0.5;
    /** Upper bound (exclusive) of a village's weight. */
    public static final double WEIGHT_MAX = 1.5;

    public static final String WILAYAH_RESOURCE = "regions/wilayah.csv";
    public static final String POPULATION_RESOURCE = "regions/population.csv";

    /**
     * One synthetic polling station.
     *
     * @param villageCode desa/kelurahan code {@code PP.KK.CC.DDDD}
     * @param number      1..n within the village
     * @param voters      voters (DPT) of this TPS, 1..600
     */
    public record SyntheticTps(String villageCode, int number, int voters) {

        /** The TPS number as written on forms: {@code 001}. */
        public String numberLabel() {
            return formatNumber(number);
        }
    }

    /** Counts of one kab/kota within the generated scope. */
    public record KabKotaCount(String code, String name, long population, long voters, int villages, int tps) {
    }

    /**
     * Result of a run.
     *
     * @param tps               TPS generated
     * @param voters            voters over those TPS
     * @param villages          desa/kelurahan in scope
     * @param villagesWithoutTps villages in scope that got no voters (hence no TPS)
     * @param maxVotersPerTps   largest TPS
     * @param kabKota           per kab/kota in scope, by code
     * @param withoutPopulation kab/kota codes in scope with no population row (0 voters, no TPS)
     * @param withoutVillages   kab/kota codes in scope with population but no desa/kelurahan (no TPS)
     */
    public record Summary(long tps, long voters, int villages, int villagesWithoutTps, int maxVotersPerTps,
                          List<KabKotaCount> kabKota, List<String> withoutPopulation,
                          List<String> withoutVillages) {

        public Summary {
            kabKota = List.copyOf(kabKota);
            withoutPopulation = List.copyOf(withoutPopulation);
            withoutVillages = List.copyOf(withoutVillages);
        }

        public int kabKotaCount() {
            return kabKota.size();
        }

        public double averageVotersPerTps() {
            return tps == 0 ? 0 : (double) voters / tps;
        }
    }

    private final RegionData data;
    private final long seed;
    private final double adultShare;
    private final double targetVotersPerTps;
    private final List<String> prefixes;

    private TpsPlan(RegionData data, long seed, double adultShare, double targetVotersPerTps, List<String> prefixes) {
        this.data = data;
        this.seed = seed;
        this.adultShare = adultShare;
        this.targetVotersPerTps = targetVotersPerTps;
        this.prefixes = prefixes;
    }

    /** Plan over the bundled classpath data with the default seed, adult share and target, national scope. */
    public static TpsPlan load() {
        ClassLoader loader = TpsPlan.class.getClassLoader();
        try (InputStream wilayah = open(loader, WILAYAH_RESOURCE);
             InputStream population = open(loader, POPULATION_RESOURCE)) {
            return load(new InputStreamReader(wilayah, StandardCharsets.UTF_8),
                    new InputStreamReader(population, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled region data", e);
        }
    }

    /**
     * Plan over the given CSV data ({@code code,name,level,parent_code} and {@code code,name,male,female,total},
     * both with a header). Both readers are read to the end and closed.
     */
    public static TpsPlan load(Reader wilayahCsv, Reader populationCsv) throws IOException {
        RegionData data = RegionData.read(wilayahCsv, populationCsv);
        double share = data.coveredPopulation == 0 ? 1 : Math.min(1.0, (double) DPT_2024 / data.coveredPopulation);
        return new TpsPlan(data, DEFAULT_SEED, share, DEFAULT_TARGET_VOTERS_PER_TPS, List.of());
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource not found: " + name);
        }
        return in;
    }

    public TpsPlan withSeed(long newSeed) {
        return new TpsPlan(data, newSeed, adultShare, targetVotersPerTps, prefixes);
    }

    /** Share of the population that is on the voter list; in (0, 1]. */
    public TpsPlan withAdultShare(double share) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("adult share must be in (0, 1]: " + share);
        }
        return new TpsPlan(data, seed, share, targetVotersPerTps, prefixes);
    }

    /** Maximum voters a generated TPS may get; in [1, 600]. */
    public TpsPlan withTargetVotersPerTps(double target) {
        if (!(target >= 1 && target <= MAX_VOTERS_PER_TPS)) {
            throw new IllegalArgumentException("target voters per TPS must be in [1, 600]: " + target);
        }
        return new TpsPlan(data, seed, adultShare, target, prefixes);
    }

    /**
     * Only villages under one of these region codes ({@code "53"}, {@code "15.01"}, …; a code matches itself
     * and its descendants). No codes (or only blanks) means the whole country. The TPS of a village are the
     * same as in the national run.
     */
    public TpsPlan restrictedTo(Collection<String> regionCodes) {
        Set<String> clean = new LinkedHashSet<>();
        for (String code : regionCodes) {
            String c = code == null ? "" : code.strip();
            while (c.endsWith(".")) {
                c = c.substring(0, c.length() - 1);
            }
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        return new TpsPlan(data, seed, adultShare, targetVotersPerTps, List.copyOf(clean));
    }

    public long seed() {
        return seed;
    }

    public double adultShare() {
        return adultShare;
    }

    public double targetVotersPerTps() {
        return targetVotersPerTps;
    }

    /** Region codes the plan is restricted to; empty for the whole country. */
    public List<String> prefixes() {
        return prefixes;
    }

    /** Population of the kab/kota rows that can hold voters (have population and villages). */
    public long coveredPopulation() {
        return data.coveredPopulation;
    }

    /** Kab/kota codes of the whole data set without a population row. */
    public List<String> kabKotaWithoutPopulation() {
        return data.withoutPopulation;
    }

    /** Number of kab/kota in the whole data set. */
    public int kabKotaTotal() {
        return data.kabKota.size();
    }

    /** Name of a desa/kelurahan, or {@code null} if the code is unknown. */
    public String villageName(String villageCode) {
        KabKota k = data.byCode.get(kabKotaOf(villageCode));
        if (k == null) {
            return null;
        }
        int i = Arrays.binarySearch(k.villageCodes, villageCode);
        return i < 0 ? null : k.villageNames[i];
    }

    /** The TPS in order of village code and number, handed one by one to {@code sink}. */
    public Summary generate(Consumer<? super SyntheticTps> sink) {
        Objects.requireNonNull(sink, "sink");
        return run((code, number, voters) -> sink.accept(new SyntheticTps(code, number, voters)));
    }

    /** Same as {@link #generate} but only counts. */
    public Summary summary() {
        return run(null);
    }

    /** Lazy, ordered stream of the TPS (one kab/kota is materialised at a time). */
    public Stream<SyntheticTps> stream() {
        return data.kabKota.stream()
                .filter(this::touches)
                .flatMap(k -> {
                    List<SyntheticTps> list = new ArrayList<>();
                    emitKabKota(k, villageVoters(k), (c, n, v) -> list.add(new SyntheticTps(c, n, v)));
                    return list.stream();
                });
    }

    /**
     * The target size per TPS for which this plan (its seed, adult share and scope) yields the TPS count
     * closest to {@code tpsGoal}; found by bisection, since the count only falls as the target grows.
     */
    public double calibrateTargetVotersPerTps(long tpsGoal) {
        List<long[]> villageVoters = new ArrayList<>();
        for (KabKota k : data.kabKota) {
            if (touches(k)) {
                long[] v = villageVoters(k);
                long[] inScope = new long[v.length];
                for (int i = 0; i < v.length; i++) {
                    inScope[i] = covers(k.villageCodes[i]) ? v[i] : 0;
                }
                villageVoters.add(inScope);
            }
        }
        double lo = 1;
        double hi = MAX_VOTERS_PER_TPS;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (countTps(villageVoters, mid) > tpsGoal) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        long atLo = countTps(villageVoters, lo);
        long atHi = countTps(villageVoters, hi);
        return Math.abs(atLo - tpsGoal) < Math.abs(atHi - tpsGoal) ? lo : hi;
    }

    private static long countTps(List<long[]> villageVoters, double target) {
        long n = 0;
        for (long[] vs : villageVoters) {
            for (long v : vs) {
                n += tpsCount(v, target);
            }
        }
        return n;
    }

    /** {@code 7 → "007"}; numbers above 999 keep all their digits. */
    public static String formatNumber(int number) {
        String digits = Integer.toString(number);
        return digits.length() >= 3 ? digits : "00".substring(digits.length() - 1) + digits;
    }

    /** A village's weight under a seed: deterministic, in [WEIGHT_MIN, WEIGHT_MAX). */
    static double weight(long seed, String villageCode) {
        long state = seed * 0x9E3779B97F4A7C15L + villageCode.hashCode();
        return new SplittableRandom(state).nextDouble(WEIGHT_MIN, WEIGHT_MAX);
    }

    private static int tpsCount(long voters, double target) {
        return voters <= 0 ? 0 : (int) Math.ceil(voters / target);
    }

    // --- the run ---

    @FunctionalInterface
    private interface TpsSink {
        void accept(String villageCode, int number, int voters);
    }

    private Summary run(TpsSink sink) {
        long tps = 0;
        long voters = 0;
        int villages = 0;
        int villagesWithoutTps = 0;
        int max = 0;
        List<KabKotaCount> counts = new ArrayList<>();
        List<String> noPopulation = new ArrayList<>();
        List<String> noVillages = new ArrayList<>();
        for (KabKota k : data.kabKota) {
            if (!touches(k)) {
                continue;
            }
            if (k.population < 0) {
                noPopulation.add(k.code);
            } else if (k.villageCodes.length == 0) {
                noVillages.add(k.code);
            }
            long[] vv = villageVoters(k);
            int kTps = 0;
            long kVoters = 0;
            int kVillages = 0;
            for (int i = 0; i < vv.length; i++) {
                String code = k.villageCodes[i];
                if (!covers(code)) {
                    continue;
                }
                kVillages++;
                int n = tpsCount(vv[i], targetVotersPerTps);
                if (n == 0) {
                    villagesWithoutTps++;
                    continue;
                }
                long base = vv[i] / n;
                long extra = vv[i] % n;
                max = (int) Math.max(max, base + (extra > 0 ? 1 : 0));
                if (sink != null) {
                    for (int t = 1; t <= n; t++) {
                        sink.accept(code, t, (int) (base + (t <= extra ? 1 : 0)));
                    }
                }
                kTps += n;
                kVoters += vv[i];
            }
            if (kVillages > 0 || k.villageCodes.length == 0) {
                counts.add(new KabKotaCount(k.code, k.name, Math.max(k.population, 0), kVoters, kVillages, kTps));
            }
            tps += kTps;
            voters += kVoters;
            villages += kVillages;
        }
        return new Summary(tps, voters, villages, villagesWithoutTps, max, counts, noPopulation, noVillages);
    }

    private void emitKabKota(KabKota k, long[] vv, TpsSink sink) {
        for (int i = 0; i < vv.length; i++) {
            String code = k.villageCodes[i];
            int n = tpsCount(vv[i], targetVotersPerTps);
            if (n == 0 || !covers(code)) {
                continue;
            }
            long base = vv[i] / n;
            long extra = vv[i] % n;
            for (int t = 1; t <= n; t++) {
                sink.accept(code, t, (int) (base + (t <= extra ? 1 : 0)));
            }
        }
    }

    /** Voters per village of one kab/kota (all its villages, whatever the scope), summing to the kab/kota. */
    private long[] villageVoters(KabKota k) {
        int n = k.villageCodes.length;
        long[] result = new long[n];
        if (n == 0 || k.population <= 0) {
            return result;
        }
        long total = Math.round(k.population * adultShare);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = weight(seed, k.villageCodes[i]);
            sum += w[i];
        }
        double[] fraction = new double[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            double exact = total * w[i] / sum;
            long whole = (long) Math.floor(exact);
            result[i] = whole;
            fraction[i] = exact - whole;
            assigned += whole;
        }
        long rest = total - assigned;
        if (rest != 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -fraction[i]).thenComparingInt(i -> i));
            for (int j = 0; rest > 0; j = (j + 1) % n, rest--) {
                result[order[j]]++;
            }
            for (int j = n - 1; rest < 0; j = (j - 1 + n) % n) { // only on floating-point overshoot
                if (result[order[j]] > 0) {
                    result[order[j]]--;
                    rest++;
                }
            }
        }
        return result;
    }

    // --- scope ---

    private boolean touches(KabKota k) {
        if (prefixes.isEmpty()) {
            return true;
        }
        for (String p : prefixes) {
            if (matches(k.code, p) || matches(p, k.code)) {
                return true;
            }
        }
        return false;
    }

    private boolean covers(String villageCode) {
        if (prefixes.isEmpty()) {
            return true;
        }
        for (String p : prefixes) {
            if (matches(villageCode, p)) {
                return true;
            }
        }
        return false;
    }

    /** {@code code} is {@code ancestor} or lies under it in the code tree. */
    private static boolean matches(String code, String ancestor) {
        return code.startsWith(ancestor)
                && (code.length() == ancestor.length() || code.charAt(ancestor.length()) == '.');
    }

    private static String kabKotaOf(String code) {
        int first = code.indexOf('.');
        if (first < 0) {
            return code;
        }
        int second = code.indexOf('.', first + 1);
        return second < 0 ? code : code.substring(0, second);
    }

    // --- data ---

    private record KabKota(String code, String name, long population, String[] villageCodes, String[] villageNames) {
    }

    private static final class RegionData {
        final List<KabKota> kabKota;
        final Map<String, KabKota> byCode;
        final long coveredPopulation;
        final List<String> withoutPopulation;

        private RegionData(List<KabKota> kabKota) {
            this.kabKota = List.copyOf(kabKota);
            Map<String, KabKota> map = new HashMap<>();
            long covered = 0;
            List<String> missing = new ArrayList<>();
            for (KabKota k : kabKota) {
                map.put(k.code, k);
                if (k.population < 0) {
                    missing.add(k.code);
                } else if (k.villageCodes.length > 0) {
                    covered += k.population;
                }
            }
            this.byCode = map;
            this.coveredPopulation = covered;
            this.withoutPopulation = List.copyOf(missing);
        }

        static RegionData read(Reader wilayahCsv, Reader populationCsv) throws IOException {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

            Map<String, Long> population = new HashMap<>();
            try (CSVParser parser = format.parse(populationCsv)) {
                for (CSVRecord r : parser) {
                    String total = r.get("total").strip();
                    if (!total.isEmpty()) {
                        population.put(r.get("code").strip(), Long.parseLong(total));
                    }
                }
            }

            Map<String, String> kabNames = new TreeMap<>();
            Map<String, TreeMap<String, String>> villages = new HashMap<>();
            try (CSVParser parser = format.parse(wilayahCsv)) {
                for (CSVRecord r : parser) {
                    String code = r.get("code").strip();
                    switch (r.get("level").strip()) {
                        case "2" -> kabNames.put(code, r.get("name"));
                        case "4" -> villages.computeIfAbsent(kabKotaOf(code), c -> new TreeMap<>())
                                .put(code, r.get("name"));
                        default -> { }
                    }
                }
            }

            List<KabKota> list = new ArrayList<>(kabNames.size());
            for (Map.Entry<String, String> e : kabNames.entrySet()) {
                TreeMap<String, String> v = villages.getOrDefault(e.getKey(), new TreeMap<>());
                list.add(new KabKota(e.getKey(), e.getValue(), population.getOrDefault(e.getKey(), -1L),
                        v.keySet().toArray(String[]::new), v.values().toArray(String[]::new)));
            }
            return new RegionData(list);
        }
    }
}
