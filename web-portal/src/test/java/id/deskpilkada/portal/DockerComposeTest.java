package id.deskpilkada.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker/compose.yaml, docker/.env.sample, docker/Dockerfile and the README configuration
 * table consistent with the configuration the application really reads. Runs from the web-portal
 * directory, so the repository root is {@code ..}.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..");
    private static final Path DOCKER = ROOT.resolve("docker");
    private static final Path COMPOSE = DOCKER.resolve("compose.yaml");
    private static final Path ENV_SAMPLE = DOCKER.resolve(".env.sample");
    private static final Path DOCKERFILE = DOCKER.resolve("Dockerfile");
    private static final Path RUN_SCRIPT = ROOT.resolve("run.sh");
    private static final Path MP_CONFIG = Path.of("src/main/resources/META-INF/microprofile-config.properties");
    /** Overridable only to try the README check against a draft; the default is the real README. */
    private static final Path README = Path.of(System.getProperty("deskpilkada.readme", "../README.md"));

    /** ${NAME}, ${NAME:-x}, $NAME in shell scripts and Dockerfiles. */
    private static final Pattern SHELL_REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    /** NAME=... at the start of a shell statement (possibly after export). */
    private static final Pattern SHELL_ASSIGNMENT =
            Pattern.compile("(?m)^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$");
    /** ${NAME...} that compose interpolates ($$ is compose's escape for a literal $). */
    private static final Pattern COMPOSE_INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    /** Keys read in code but without an entry in microprofile-config.properties (e.g. admin.password). */
    private static final Pattern CONFIG_PROPERTY_NAME =
            Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"|\\$\\{MPCONFIG=([^}]+)}");

    private static Map<String, Object> compose;
    private static String composeText;

    @BeforeAll
    static void loadCompose() throws IOException {
        assertThat(COMPOSE).as("docker/compose.yaml").isRegularFile();
        composeText = Files.readString(COMPOSE, StandardCharsets.UTF_8);
        Object parsed = new Yaml().load(composeText);
        assertThat(parsed).as("compose.yaml top level").isInstanceOf(Map.class);
        compose = asMap(parsed, "compose.yaml");
    }

    @Test
    void composeParsesAndDefinesTheStack() {
        assertThat(services()).containsKeys("postgres", "artemis", "portal1", "portal2", "lb");
        assertThat(portalServices()).as("services built from docker/Dockerfile")
                .containsOnlyKeys("portal1", "portal2");
        assertThat(asMap(services().get("lb"), "lb").get("image")).asString().startsWith("nginx:1.27");
    }

    @Test
    void portalEnvironmentSetsOnlyVariablesTheApplicationReads() throws IOException {
        Set<String> readable = variablesTheApplicationReads();
        // the derivation itself must find what we know is there, or the check below proves nothing
        assertThat(readable).contains("DESKPILKADA_PROFILE", "DATA_DIR", "DB_URL", "DB_DSCLASS", "DB_USER",
                "DB_PASSWORD", "BROKER_URL", "BROKER_USER", "BROKER_PASSWORD", "ADMIN_PASSWORD", "HTTP_PORT",
                "JAVA_OPTS");

        portalServices().forEach((name, service) -> {
            Map<String, String> env = environment(name, service);
            assertThat(env).as("environment of %s", name).isNotEmpty();
            assertThat(env.keySet()).as("environment of %s (application reads %s)", name, readable)
                    .isSubsetOf(readable);
            assertThat(env).as("environment of %s", name)
                    .containsEntry("DESKPILKADA_PROFILE", "production")
                    .containsEntry("DB_DSCLASS", "org.postgresql.ds.PGSimpleDataSource")
                    .containsEntry("DB_URL", "jdbc:postgresql://postgres:5432/deskpilkada")
                    .containsEntry("BROKER_URL", "tcp://artemis:61616");
        });
    }

    @Test
    void everyInterpolatedVariableIsInTheEnvSample() throws IOException {
        Set<String> interpolated = composeInterpolations();
        assertThat(interpolated).as("compose.yaml interpolates variables").isNotEmpty();

        assertThat(ENV_SAMPLE).as("docker/.env.sample").isRegularFile();
        Set<String> sampled = new TreeSet<>();
        for (String line : Files.readAllLines(ENV_SAMPLE, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                sampled.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        assertThat(sampled).as("variables in docker/.env.sample").containsAll(interpolated);
    }

    @Test
    void everyPortalVariableIsDocumentedInTheReadme() throws IOException {
        assertThat(README).as("README.md with the configuration table").isRegularFile();
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Set<String> portalVariables = new TreeSet<>();
        portalServices().forEach((name, service) -> portalVariables.addAll(environment(name, service).keySet()));
        portalVariables.addAll(Set.of("HTTP_PORT", "JAVA_OPTS", "DATA_DIR"));

        List<String> undocumented = portalVariables.stream()
                .filter(variable -> !readme.contains("`" + variable + "`"))
                .toList();
        assertThat(undocumented).as("portal variables missing from the README configuration table").isEmpty();
    }

    @Test
    void portalsHaveHealthchecksAndWaitForHealthyBackends() {
        portalServices().forEach((name, service) -> {
            Map<String, Object> healthcheck = asMap(service.get("healthcheck"), name + ".healthcheck");
            assertThat(String.valueOf(healthcheck.get("test"))).as("%s healthcheck", name).contains("/health/ready");

            Object dependsOn = service.get("depends_on");
            assertThat(dependsOn).as("%s depends_on in long form", name).isInstanceOf(Map.class);
            Map<String, Object> dependencies = asMap(dependsOn, name + ".depends_on");
            for (String backend : List.of("postgres", "artemis")) {
                assertThat(dependencies).as("%s depends_on", name).containsKey(backend);
                assertThat(asMap(dependencies.get(backend), name + ".depends_on." + backend))
                        .as("%s waits for %s", name, backend)
                        .containsEntry("condition", "service_healthy");
                assertThat(asMap(services().get(backend), backend)).as("%s has a healthcheck", backend)
                        .containsKey("healthcheck");
            }
        });
    }

    @Test
    void portalsJoinOneNamedClusterOverTcpIpNotMulticast() throws IOException {
        // a multicast member list would have to be found on the bridge network; tcpip names every member
        Set<String> members = new TreeSet<>();
        Map<String, Map<String, String>> flags = new LinkedHashMap<>();
        portalServices().forEach((name, service) -> {
            Map<String, String> command = commandFlags(name, service);
            flags.put(name, command);
            members.add(name + ":" + command.get("--startport"));
        });
        flags.forEach((name, command) -> {
            assertThat(command).as("command of %s", name)
                    .doesNotContainKey("--nocluster")
                    .containsEntry("--name", name)
                    .containsEntry("--clustername", "deskpilkada");
            String mode = command.get("--clustermode");
            assertThat(mode).as("--clustermode of %s", name).startsWith("tcpip:");
            assertThat(Set.of(mode.substring("tcpip:".length()).split(",")))
                    .as("tcpip members of %s: every portal at its --startport", name)
                    .isEqualTo(members);
        });
        String entrypoint = Files.readAllLines(DOCKERFILE, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElse("");
        assertThat(entrypoint).as("the Dockerfile's ENTRYPOINT hands the command's arguments to Payara Micro")
                .contains("\\\"$@\\\"");
    }

    /** The portal's command as --flag value pairs (a flag without a value maps to ""). */
    private static Map<String, String> commandFlags(String serviceName, Map<String, Object> service) {
        assertThat(service.get("command")).as("command of %s in list form", serviceName).isInstanceOf(List.class);
        List<String> args = ((List<?>) service.get("command")).stream().map(String::valueOf).toList();
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            assertThat(args.get(i)).as("argument %d of %s", i, serviceName).startsWith("--");
            boolean hasValue = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
            flags.put(args.get(i), hasValue ? args.get(++i) : "");
        }
        return flags;
    }

    // --- derivation of what the application reads ---------------------------------------------------

    private static Set<String> variablesTheApplicationReads() throws IOException {
        Set<String> keys = new TreeSet<>();
        assertThat(MP_CONFIG).as("microprofile-config.properties").isRegularFile();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MP_CONFIG, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        properties.stringPropertyNames().forEach(key -> keys.add(envName(key)));
        keys.addAll(configKeysReadInCode());
        keys.addAll(shellReferences(DOCKERFILE, false));
        keys.addAll(shellReferences(RUN_SCRIPT, true));
        return keys;
    }

    /** MicroProfile Config's environment mapping: upper case, every non-alphanumeric character to _. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT);
    }

    /** Keys injected with @ConfigProperty or referenced as ${MPCONFIG=...} in the main sources of all modules. */
    private static Set<String> configKeysReadInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> sourceRoots;
        try (Stream<Path> modules = Files.list(ROOT)) {
            sourceRoots = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList();
        }
        for (Path sourceRoot : sourceRoots) {
            try (Stream<Path> files = Files.walk(sourceRoot)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = CONFIG_PROPERTY_NAME.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (m.find()) {
                        keys.add(envName(m.group(1) != null ? m.group(1) : m.group(2)));
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Environment variables a launch script reads. In a shell script a variable it only assigns for itself
     * ({@code JAR=...}) is not read from the environment; one it defaults from itself
     * ({@code HTTP_PORT="${HTTP_PORT:-8080}"}) is.
     */
    private static Set<String> shellReferences(Path script, boolean dropLocalAssignments) throws IOException {
        assertThat(script).as("launch script %s", script).isRegularFile();
        String text = Files.readAllLines(script, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
        Set<String> names = new TreeSet<>();
        Matcher reference = SHELL_REFERENCE.matcher(text);
        while (reference.find()) {
            names.add(reference.group(1));
        }
        if (dropLocalAssignments) {
            Matcher assignment = SHELL_ASSIGNMENT.matcher(text);
            while (assignment.find()) {
                String name = assignment.group(1);
                if (!assignment.group(2).contains("${" + name)) {
                    names.remove(name);
                }
            }
        }
        names.removeIf(name -> !name.equals(name.toUpperCase(Locale.ROOT))); // locals such as $line
        return names;
    }

    // --- compose helpers ---------------------------------------------------------------------------

    private static Set<String> composeInterpolations() {
        String unescaped = composeText.replace("$$", ""); // $$ is a literal $, not interpolated
        Set<String> names = new TreeSet<>();
        Matcher m = COMPOSE_INTERPOLATION.matcher(unescaped);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, Object> services() {
        return asMap(compose.get("services"), "services");
    }

    /** Services whose image is built from docker/Dockerfile. */
    private static Map<String, Map<String, Object>> portalServices() {
        Map<String, Map<String, Object>> portals = new LinkedHashMap<>();
        services().forEach((name, value) -> {
            Map<String, Object> service = asMap(value, name);
            if (service.get("build") instanceof Map<?, ?> build) {
                String dockerfile = String.valueOf(build.get("dockerfile"));
                if (dockerfile.equals("docker/Dockerfile") || dockerfile.endsWith("/docker/Dockerfile")) {
                    portals.put(name, service);
                }
            }
        });
        assertThat(portals).as("services built from docker/Dockerfile").isNotEmpty();
        return portals;
    }

    /** Both compose forms: a map, or a list of NAME=value. */
    private static Map<String, String> environment(String serviceName, Map<String, Object> service) {
        Object env = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                result.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
            }
        } else {
            assertThat(env).as("environment of %s", serviceName).isNull();
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String what) {
        assertThat(value).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
