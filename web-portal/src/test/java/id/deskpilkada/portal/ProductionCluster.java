package id.deskpilkada.portal;

import java.io.IOException;
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
 * The production shape of the README on this machine, driven through the operators' own scripts: PostgreSQL
 * (127.0.0.1:5432, a database of its own), the standalone Artemis broker of {@code scripts/artemis.sh} and two
 * portals clustered by Payara Micro's Hazelcast, started, stopped and killed by {@code scripts/cluster.sh}. The
 * ports are free ones found at start, so the cluster stays out of the way of anything else on the machine. Its
 * directory (logs of both nodes and the broker) stays in {@code target/fault-cluster} for reading after a run.
 */
final class ProductionCluster implements AutoCloseable {

    static final String DATABASE = "deskpilkada_faults";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(12);
    /** Settings the Failsafe run gives the Arquillian deployments: cluster.sh sets its own. */
    private static final List<String> FOREIGN_SETTINGS = List.of("DB_URL", "DB_DSCLASS", "DB_USER", "DB_PASSWORD",
            "BROKER_URL", "BROKER_USER", "BROKER_PASSWORD", "DATA_DIR", "DESKPILKADA_PROFILE");

    private final Path root;
    private final Path directory;
    private final Path jar;
    private final int[] httpPorts;
    private final int[] hazelcastPorts;
    private final int brokerPort;

    private ProductionCluster(Path root, Path directory, Path jar) throws IOException {
        this.root = root;
        this.directory = directory;
        this.jar = jar;
        this.httpPorts = new int[] {freePort(), freePort()};
        this.hazelcastPorts = new int[] {freePort(), freePort()};
        this.brokerPort = freePort();
    }

    /** Drops what an earlier run left (database, broker journal, node directories), then starts all of it. */
    static ProductionCluster start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("it.microbundle", "target/deskpilkada-portal-microbundle.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The runnable jar " + jar + " is missing: run `mvn package` first");
        }
        Path root = jar.getParent().getParent().getParent();
        ProductionCluster cluster = new ProductionCluster(root, jar.getParent().resolve("fault-cluster"), jar);
        cluster.script("destroy", "--yes");
        cluster.script("start", "--demo");
        return cluster;
    }

    URL node(int number) {
        try {
            return URI.create("http://127.0.0.1:" + httpPorts[number - 1] + "/").toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<URL> nodes() {
        return List.of(node(1), node(2));
    }

    /** kill -9: the node ends in the middle of whatever it does, as on a power cut. */
    void kill(int node) throws IOException, InterruptedException {
        script("kill", "node" + node);
    }

    /** Starts a stopped or killed node again and returns once it answers ready. */
    void restart(int node) throws IOException, InterruptedException {
        script("restart", "node" + node, "--demo");
    }

    void stopBroker() throws IOException, InterruptedException {
        script("stop", "broker");
    }

    void startBroker() throws IOException, InterruptedException {
        run(List.of("bash", root.resolve("scripts/artemis.sh").toString(), "start"));
    }

    /** The newest cluster size a node logged ("DG Size: 2"), from the script's status line. */
    String status() throws IOException, InterruptedException {
        return run(List.of("bash", root.resolve("scripts/cluster.sh").toString(), "status"), false);
    }

    Path log(int node) {
        return directory.resolve("node" + node).resolve("portal.log");
    }

    private void script(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("scripts/cluster.sh").toString()));
        command.addAll(List.of(arguments));
        run(command);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        run(command, true);
    }

    /** Runs a script with the cluster's environment; its output goes to the test's output as it comes. */
    private String run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Path output = Files.createTempFile(directory, "script", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        FOREIGN_SETTINGS.forEach(env::remove);
        env.put("CLUSTER_DIR", directory.toString());
        env.put("CLUSTER_DB", DATABASE);
        env.put("PG_SUPERUSER", ItEnvironment.user());
        env.put("ARTEMIS_HOME_DIR", directory.resolve("artemis").toString());
        env.put("ARTEMIS_PORT", String.valueOf(brokerPort));
        env.put("ARTEMIS_DEMO", "1");
        env.put("NODE1_PORT", String.valueOf(httpPorts[0]));
        env.put("NODE2_PORT", String.valueOf(httpPorts[1]));
        env.put("NODE1_HZPORT", String.valueOf(hazelcastPorts[0]));
        env.put("NODE2_HZPORT", String.valueOf(hazelcastPorts[1]));
        env.put("PORTAL_JAR", jar.toString());
        env.put("JAVA_OPTS", "-Xmx768m");
        Process process = builder.start();
        boolean done = process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String printed = Files.readString(output);
        Files.deleteIfExists(output);
        System.out.print(printed.lines().map(line -> "  [cluster] " + line + "\n").reduce("", String::concat));
        if (!done) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within " + SCRIPT_TIMEOUT);
        }
        if (mustSucceed && process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + ")");
        }
        return printed;
    }

    /** Stops both nodes and the broker and drops the database; the logs stay. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            script("stop", "all");
        } finally {
            ItEnvironment.dropDatabase(DATABASE);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
