package id.deskpilkada.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * This machine's PostgreSQL server, stopped and started with Debian's cluster tools (pg_ctlcluster, as root) for the
 * fault test of a database restart. Missing tools fail the test: it never passes without having restarted anything.
 */
final class PostgresServer {

    private static final Path CLUSTERS = Path.of("/etc/postgresql");

    private PostgresServer() {
    }

    /** Fast shutdown: open connections are cut, as in a crash of the server or a restart by an operator. */
    static void stop() throws IOException, InterruptedException {
        control("stop", "-m", "fast");
    }

    static void start() throws IOException, InterruptedException {
        control("start");
    }

    private static void control(String action, String... options) throws IOException, InterruptedException {
        String version = version();
        List<String> command = new java.util.ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect",
                version, "main", action));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        System.out.println("  PostgreSQL " + version + " " + action + (output.isBlank() ? "" : ": " + output.strip()));
    }

    private static String version() throws IOException {
        if (!Files.isDirectory(CLUSTERS)) {
            throw new IllegalStateException("No PostgreSQL clusters in " + CLUSTERS + ": the restart test needs the"
                    + " machine's own server (Debian's postgresql-common)");
        }
        try (Stream<Path> versions = Files.list(CLUSTERS)) {
            return versions.map(p -> p.getFileName().toString()).filter(v -> v.matches("\\d+"))
                    .max(java.util.Comparator.comparingInt(Integer::parseInt))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL version under " + CLUSTERS));
        }
    }
}
