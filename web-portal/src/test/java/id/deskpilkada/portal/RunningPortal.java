package id.deskpilkada.portal;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal as {@code ./run.sh} starts it — the runnable jar on its embedded defaults (H2 file database, in-VM
 * Artemis, demo profile) — in a process of its own with a fresh data directory, for the end-to-end tests that
 * drive it from outside like its users do. The portal's output goes to {@code target/<name>-portal.log}.
 */
final class RunningPortal implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);
    /** Settings the Failsafe run gives the Arquillian deployments (PostgreSQL): not for the embedded defaults. */
    private static final List<String> FOREIGN_SETTINGS = List.of("DB_URL", "DB_DSCLASS", "DB_USER", "DB_PASSWORD",
            "BROKER_URL", "BROKER_USER", "BROKER_PASSWORD");

    private final Process process;
    private final URL base;
    private final Path log;

    private RunningPortal(Process process, URL base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts the runnable jar and returns once its readiness check answers UP. */
    static RunningPortal start(String name) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("it.microbundle", "target/deskpilkada-portal-microbundle.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The runnable jar " + jar + " is missing: run `mvn package` first");
        }
        Path target = jar.toAbsolutePath().getParent();
        Path dataDir = target.resolve(name + "-data");
        ItEnvironment.deleteRecursively(dataDir);
        Files.createDirectories(dataDir.resolve("payara"));
        int port = freePort();
        Path log = target.resolve(name + "-portal.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--port", String.valueOf(port),
                "--rootdir", dataDir.resolve("payara").toString(), "--nocluster")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        FOREIGN_SETTINGS.forEach(env::remove);
        env.put("DATA_DIR", dataDir.toString());
        env.put("DESKPILKADA_PROFILE", "demo");
        RunningPortal portal = new RunningPortal(builder.start(), URI.create("http://localhost:" + port + "/").toURL(),
                log);
        try {
            portal.awaitReady();
        } catch (RuntimeException | InterruptedException e) {
            portal.close();
            throw e;
        }
        return portal;
    }

    URL url() {
        return base;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting (exit " + process.exitValue()
                        + "); see " + log);
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The portal was not ready within " + STARTUP + "; see " + log);
    }

    private int readiness() {
        try {
            HttpURLConnection health = (HttpURLConnection) new URL(base, "health/ready").openConnection();
            health.setConnectTimeout(2000);
            health.setReadTimeout(5000);
            try {
                return health.getResponseCode();
            } finally {
                health.disconnect();
            }
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
