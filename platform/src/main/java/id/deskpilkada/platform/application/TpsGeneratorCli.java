package id.deskpilkada.platform.application;

import id.deskpilkada.platform.PlatformModule;
import id.deskpilkada.platform.domain.TpsPlan;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import id.deskpilkada.platform.domain.tps.GenerationResult;
import id.deskpilkada.platform.domain.tps.SyntheticAddresses;
import id.deskpilkada.platform.persistence.DatabaseMigrator;
import id.deskpilkada.platform.persistence.SyntheticTpsWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Command line generator of synthetic TPS (see {@link TpsPlan}): counts them, writes them to a CSV file, or
 * puts them straight into a database.
 *
 * <pre>
 * java -cp platform.jar:&lt;its dependencies&gt; id.deskpilkada.platform.application.TpsGeneratorCli \
 *      [--prefix 53,15] [--seed N] [--out tps.csv] \
 *      [--jdbc-url jdbc:postgresql://127.0.0.1:5432/db --user u --password p [--migrate]]
 * </pre>
 *
 * <p>{@code --out} writes {@code village_code,tps_number,voters,address} (with header, UTF-8), a file the TPS
 * import takes as it is. {@code --jdbc-url} replaces the synthetic TPS under the prefixes in {@code plt_tps}
 * in one transaction, the way the application's generator does (COPY on PostgreSQL; villages with real TPS
 * are left alone), from the bundled region data; {@code --migrate} first applies the platform's migrations,
 * for a fresh database. The password may come from {@code DB_PASSWORD} instead. Writing straight to the
 * database is an operator's tool for benchmarks and seeding, like {@code psql}: it leaves no audit entry and
 * publishes no event — use the admin page for that.
 *
 * <p>Progress goes to stderr every 50,000 TPS; the last line on stdout sums up: {@code TPS=… voters=…
 * kabkota=… ms=…} for counting or a file, {@code TPS=… voters=… removed=… skipped_villages=… ms=…} for a
 * database.
 */
public final class TpsGeneratorCli {

    static final int PROGRESS_EVERY = 50_000;
    static final String[] HEADER = {"village_code", "tps_number", "voters", "address"};

    private TpsGeneratorCli() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.println(usage());
            return;
        }
        try {
            String summary = run(options, System.err);
            System.out.println(summary);
        } catch (IOException | UncheckedIOException | SQLException | IllegalStateException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static String usage() {
        return "usage: TpsGeneratorCli [--prefix 53,15] [--seed N] [--out file.csv]\n"
                + "                       [--jdbc-url URL [--user U] [--password P] [--migrate]]\n"
                + "  --prefix    region codes to generate (default: the whole country)\n"
                + "  --seed      random seed (default " + TpsPlan.DEFAULT_SEED + ")\n"
                + "  --out       CSV file village_code,tps_number,voters,address\n"
                + "  --jdbc-url  replace the synthetic TPS of the prefixes in this database's plt_tps\n"
                + "  --user      database user; --password (or env DB_PASSWORD) its password\n"
                + "  --migrate   apply the platform's migrations first (fresh database)\n"
                + "  without --out and --jdbc-url the TPS are only counted";
    }

    /** Generates, writes the file and/or the database as asked, reports progress on {@code log}. */
    static String run(Options options, PrintStream log) throws IOException, SQLException {
        long started = System.nanoTime();
        TpsPlan plan = TpsPlan.load().withSeed(options.seed).restrictedTo(options.prefixes);
        for (String code : plan.kabKotaWithoutPopulation()) {
            log.println("warning: no population for kab/kota " + code + " (0 voters, no TPS)");
        }
        String summary = null;
        if (options.out != null || options.jdbcUrl == null) {
            summary = countOrWrite(plan, options.out, started, log);
        }
        if (options.jdbcUrl != null) {
            summary = insert(plan, options, started, log);
        }
        return summary;
    }

    private static String countOrWrite(TpsPlan plan, Path out, long started, PrintStream log) throws IOException {
        long[] count = {0};
        TpsPlan.Summary summary;
        if (out == null) {
            summary = plan.generate(tps -> progress(++count[0], started, log));
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer,
                         CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get())) {
                SyntheticAddresses addresses = new SyntheticAddresses(plan);
                summary = plan.generate(tps -> {
                    try {
                        csv.printRecord(tps.villageCode(), tps.numberLabel(), tps.voters(), addresses.of(tps));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress(++count[0], started, log);
                });
            }
        }
        for (String code : summary.withoutVillages()) {
            log.println("warning: kab/kota " + code + " has population but no desa/kelurahan (no TPS)");
        }
        return String.format(Locale.ROOT, "TPS=%d voters=%d kabkota=%d ms=%d",
                summary.tps(), summary.voters(), summary.kabKotaCount(), millisSince(started));
    }

    private static String insert(TpsPlan plan, Options options, long started, PrintStream log) throws SQLException {
        if (options.migrate) {
            log.println(DatabaseMigrator.migrate(options.jdbcUrl, options.user, options.password,
                    new PlatformModule()));
        }
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl, options.user, options.password)) {
            connection.setAutoCommit(false);
            try {
                List<GenerationResult> results = new SyntheticTpsWriter(connection,
                        LocalDateTime.now(ZoneOffset.UTC), new ProgressLines(started, log))
                        .replace(plan, plan.prefixes());
                connection.commit();
                log.printf(Locale.ROOT, "committed (%d ms)%n", millisSince(started));
                return String.format(Locale.ROOT, "TPS=%d voters=%d removed=%d skipped_villages=%d ms=%d",
                        sum(results, GenerationResult::written), sum(results, GenerationResult::voters),
                        sum(results, GenerationResult::removed), sum(results, GenerationResult::skippedVillages),
                        millisSince(started));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static long sum(List<GenerationResult> results, ToLongFunction<GenerationResult> f) {
        return results.stream().mapToLong(f).sum();
    }

    private static void progress(long n, long started, PrintStream log) {
        if (n % PROGRESS_EVERY == 0) {
            log.printf(Locale.ROOT, "generated %d TPS (%d ms)%n", n, millisSince(started));
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** One line per phase and per {@value #PROGRESS_EVERY} TPS written. */
    private static final class ProgressLines implements GenerationProgress.Listener {

        private final long started;
        private final PrintStream log;
        private GenerationProgress.Phase phase;
        private String prefix;
        private long nextLine = PROGRESS_EVERY;

        ProgressLines(long started, PrintStream log) {
            this.started = started;
            this.log = log;
        }

        @Override
        public void progress(GenerationProgress p) {
            boolean newStep = p.phase() != phase || !p.prefix().equals(prefix);
            phase = p.phase();
            prefix = p.prefix();
            if (p.phase() == GenerationProgress.Phase.DONE) {
                log.printf(Locale.ROOT, "done: %d TPS written (%d ms)%n", p.done(), millisSince(started));
            } else if (newStep && p.phase() != GenerationProgress.Phase.WRITING) {
                log.printf(Locale.ROOT, "%s %s (%d ms)%n", p.phase().name().toLowerCase(Locale.ROOT),
                        p.prefix().isEmpty() ? "national" : p.prefix(), millisSince(started));
            } else if (p.phase() == GenerationProgress.Phase.WRITING && p.done() >= nextLine) {
                log.printf(Locale.ROOT, "written %d/%d TPS %d%% (%d ms)%n", p.done(), p.total(), p.percent(),
                        millisSince(started));
                nextLine = (p.done() / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
            }
        }
    }

    /** Parsed command line. */
    record Options(List<String> prefixes, long seed, Path out, String jdbcUrl, String user, String password,
                   boolean migrate, boolean help) {

        static Options parse(String[] args) {
            List<String> prefixes = List.of();
            long seed = TpsPlan.DEFAULT_SEED;
            Path out = null;
            String jdbcUrl = null;
            String user = null;
            String password = null;
            boolean migrate = false;
            boolean help = false;
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                seen.add(arg);
                switch (arg) {
                    case "-h", "--help" -> help = true;
                    case "--prefix" -> {
                        value = value != null ? value : next(args, ++i, arg);
                        prefixes = Arrays.stream(value.split(","))
                                .map(String::strip).filter(s -> !s.isEmpty()).toList();
                        for (String p : prefixes) {
                            if (!p.matches("\\d+(\\.\\d+)*\\.?")) {
                                throw new IllegalArgumentException("not a region code: " + p);
                            }
                        }
                    }
                    case "--seed" -> {
                        value = value != null ? value : next(args, ++i, arg);
                        try {
                            seed = Long.parseLong(value.strip());
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--seed needs a whole number: " + value);
                        }
                    }
                    case "--out" -> out = Path.of(value != null ? value : next(args, ++i, arg));
                    case "--jdbc-url" -> jdbcUrl = value != null ? value : next(args, ++i, arg);
                    case "--user" -> user = value != null ? value : next(args, ++i, arg);
                    case "--password" -> password = value != null ? value : next(args, ++i, arg);
                    case "--migrate" -> migrate = true;
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
            if (jdbcUrl == null && (seen.contains("--user") || seen.contains("--password") || migrate)) {
                throw new IllegalArgumentException("--user, --password and --migrate need --jdbc-url");
            }
            if (jdbcUrl != null && password == null) {
                password = System.getenv("DB_PASSWORD");
            }
            return new Options(prefixes, seed, out, jdbcUrl, user, password, migrate, help);
        }

        private static String next(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
