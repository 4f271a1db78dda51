package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.TpsPlan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Command line generator of synthetic TPS (see {@link TpsPlan}); touches no database.
 *
 * <pre>
 * java -cp platform.jar:commons-csv.jar:commons-io.jar id.deskpilkada.platform.application.TpsGeneratorCli \
 *      [--prefix 53,15] [--seed N] [--out tps.csv]
 * </pre>
 *
 * <p>Writes {@code village_code,tps_number,voters,address} (with header, UTF-8) when {@code --out} is given,
 * prints a progress line to stderr every 50,000 TPS and ends with one summary line on stdout:
 * {@code TPS=… voters=… kabkota=… ms=…}.
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
        } catch (IOException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static String usage() {
        return "usage: TpsGeneratorCli [--prefix 53,15] [--seed N] [--out file.csv]\n"
                + "  --prefix  region codes to generate (default: the whole country)\n"
                + "  --seed    random seed (default " + TpsPlan.DEFAULT_SEED + ")\n"
                + "  --out     CSV file village_code,tps_number,voters,address (default: only count)";
    }

    /** Generates, writes the file if asked, reports progress on {@code log}; returns the summary line. */
    static String run(Options options, PrintStream log) throws IOException {
        long started = System.nanoTime();
        TpsPlan plan = TpsPlan.load().withSeed(options.seed).restrictedTo(options.prefixes);
        for (String code : plan.kabKotaWithoutPopulation()) {
            log.println("warning: no population for kab/kota " + code + " (0 voters, no TPS)");
        }
        long[] count = {0};
        TpsPlan.Summary summary;
        if (options.out == null) {
            summary = plan.generate(tps -> progress(++count[0], started, log));
        } else {
            Path parent = options.out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter writer = Files.newBufferedWriter(options.out, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer,
                         CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').get())) {
                String[] village = {null, null}; // code, name of the village being written
                summary = plan.generate(tps -> {
                    if (!tps.villageCode().equals(village[0])) {
                        village[0] = tps.villageCode();
                        village[1] = plan.villageName(village[0]);
                    }
                    String label = tps.numberLabel();
                    try {
                        csv.printRecord(tps.villageCode(), label, tps.voters(), "TPS " + label + " " + village[1]);
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
        long ms = (System.nanoTime() - started) / 1_000_000;
        return String.format(Locale.ROOT, "TPS=%d voters=%d kabkota=%d ms=%d",
                summary.tps(), summary.voters(), summary.kabKotaCount(), ms);
    }

    private static void progress(long n, long started, PrintStream log) {
        if (n % PROGRESS_EVERY == 0) {
            log.printf(Locale.ROOT, "generated %d TPS (%d ms)%n", n, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Parsed command line. */
    record Options(List<String> prefixes, long seed, Path out, boolean help) {

        static Options parse(String[] args) {
            List<String> prefixes = List.of();
            long seed = TpsPlan.DEFAULT_SEED;
            Path out = null;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
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
                    default -> throw new IllegalArgumentException("unknown option: " + args[i]);
                }
            }
            return new Options(prefixes, seed, out, help);
        }

        private static String next(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
