import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for bench/pipeline.sh, JDK only (the outbox mode also needs the PostgreSQL driver on the class path):
 * {@code java -cp CLASSES PipelineLoad MODE key=value ...}. Web clients log in through the portal's own login
 * form, as a browser does, and keep their session cookie.
 *
 * <ul>
 * <li>{@code incidents}: field reports ({@code POST /api/incidents}, one {@code security.IncidentReported} each)
 *     from one session per node, round-robin over the nodes: open loop at {@code rate} per second for
 *     {@code seconds} (each report starts on time, at most {@code workers} at once; beyond that they start late),
 *     or closed loop with {@code workers} clients back to back when {@code rate=max}. Titles are
 *     {@code "bench TAG N"}, so the script finds the step's events in the outbox. Prints
 *     {@code sent= ok= failed= retried_403= seconds= commit_per_s= post_p50_ms= post_p99_ms=}.</li>
 * <li>{@code outbox}: the same events committed straight into {@code plt_outbox} over JDBC at {@code rate} per
 *     second (one transaction per 10 ms tick), as the publisher writes them: envelope, UTC occurrence time,
 *     PENDING. The relay does not know of these commits; it finds them when it is woken by a commit on its node
 *     or polls. Prints {@code sent= seconds= commit_per_s=}.</li>
 * <li>{@code dashboard}: {@code users} sessions, spread over the nodes, each requesting {@code path} back to
 *     back (closed loop, no think time, as wrk does) for {@code seconds} after {@code warmup} seconds. Prints
 *     {@code requests= failed= failed_pct= req_per_s= p50_ms= p95_ms= p99_ms=}.</li>
 * </ul>
 * Keys: {@code bases} (comma-separated portal URLs), {@code user}, {@code password}, {@code start-at} (epoch ms
 * at which the load begins, after the logins; see {@link #awaitStart}); for the outbox
 * {@code jdbc}, {@code db-user}, {@code actor}; {@code targets} is a file of "desa-code TPS-number" lines.
 */
public final class PipelineLoad {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String[] TYPES = {"KONFLIK_MASSA", "HOAKS", "POLITIK_UANG", "BENCANA", "INTIMIDASI"};
    // TINGGI would be escalated at once and publish a second event per report; the bench counts one per report
    private static final String[] SEVERITIES = {"SEDANG", "RENDAH"};
    private static final int REPORT_ATTEMPTS = 3;
    private static final long TICK_NANOS = 10_000_000;

    private PipelineLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: PipelineLoad incidents|outbox|dashboard key=value ...");
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        switch (args[0]) {
            case "incidents" -> incidents(options);
            case "outbox" -> outbox(options);
            case "dashboard" -> dashboard(options);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ---------------------------------------------------------------- incidents over REST

    private static void incidents(Map<String, String> o) throws Exception {
        List<String> bases = List.of(o.get("bases").split(","));
        List<String[]> targets = targets(o);
        String tag = o.get("tag");
        String rate = o.getOrDefault("rate", "max");
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "30"));
        int workers = Integer.parseInt(o.getOrDefault("workers", "max".equals(rate) ? "8" : "16"));
        List<Session> sessions = new ArrayList<>();
        for (String base : bases) {
            sessions.add(Session.login(base, o.get("user"), o.get("password")));
        }
        awaitStart(o);
        Stats stats = new Stats();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        if ("max".equals(rate)) {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> {
                    while (System.nanoTime() < end) {
                        int n = next.getAndIncrement();
                        report(sessions.get(n % sessions.size()), tag, n, targets.get(n % targets.size()), stats);
                    }
                });
            }
        } else {
            double perSecond = Double.parseDouble(rate);
            long total = Math.round(perSecond * seconds);
            for (int n = 0; n < total; n++) {
                sleepUntil(start + (long) (n * 1e9 / perSecond));
                int i = n;
                pool.execute(() -> report(sessions.get(i % sessions.size()), tag, i, targets.get(i % targets.size()),
                        stats));
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "sent=%d ok=%d failed=%d retried_403=%d seconds=%.1f commit_per_s=%.1f"
                        + " post_p50_ms=%.1f post_p99_ms=%.1f%s%n", stats.count(), stats.ok.get(), stats.failed.get(),
                stats.retried.get(), took, stats.ok.get() / took, stats.percentile(50), stats.percentile(99),
                stats.firstError());
    }

    private static void report(Session session, String tag, int n, String[] target, Stats stats) {
        String occurred = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        String json = "{\"clientRequestId\":\"bench-" + tag + "-" + n + "\",\"type\":\"" + TYPES[n % TYPES.length]
                + "\",\"severity\":\"" + SEVERITIES[n % SEVERITIES.length] + "\",\"title\":\"bench " + tag + " " + n
                + "\",\"description\":\"Laporan uji beban " + n + "\",\"regionCode\":\"" + target[0]
                + "\",\"tpsNumber\":" + target[1] + ",\"latitude\":-10.17,\"longitude\":123.6,\"occurredUtc\":\""
                + occurred + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(session.base + "/api/incidents"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        stats.time(() -> {
            HttpResponse<String> response = session.client.send(request, HttpResponse.BodyHandlers.ofString());
            // Payara 6.2025.10 answers a few requests of concurrent sessions with the container's HTML 403 (its
            // shared security context, payara/Payara#6145); a phone retries, and the report is idempotent by its
            // client request id, so it counts once, with the time of all its attempts
            for (int attempt = 1; attempt < REPORT_ATTEMPTS && spurious403(response); attempt++) {
                stats.retried.incrementAndGet();
                response = session.client.send(request, HttpResponse.BodyHandlers.ofString());
            }
            return response;
        }, 201);
    }

    private static boolean spurious403(HttpResponse<String> response) {
        return response.statusCode() == 403
                && response.headers().firstValue("Content-Type").orElse("").contains("html");
    }

    // ---------------------------------------------------------------- events straight into the outbox

    private static void outbox(Map<String, String> o) throws Exception {
        List<String[]> targets = targets(o);
        String tag = o.get("tag");
        String actor = o.getOrDefault("actor", "keamanan");
        double perSecond = Double.parseDouble(o.get("rate"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "30"));
        long total = Math.round(perSecond * seconds);
        try (Connection c = DriverManager.getConnection(o.get("jdbc"), o.get("db-user"), o.getOrDefault(
                "db-password", ""))) {
            c.setAutoCommit(false);
            awaitStart(o);
            try (PreparedStatement insert = c.prepareStatement("insert into plt_outbox (position, event_id,"
                    + " event_type, region_code, correlation_id, occurred_at, body, status, attempts)"
                    + " values (nextval('plt_outbox_seq'), ?, 'security.IncidentReported', ?, ?, ?, ?, 'PENDING', 0)")) {
                long start = System.nanoTime();
                long n = 0;
                while (n < total) {
                    long due = Math.min(total, (long) ((System.nanoTime() - start) / 1e9 * perSecond) + 1);
                    for (; n < due; n++) {
                        add(insert, tag, n, targets.get((int) (n % targets.size())), actor);
                    }
                    insert.executeBatch();
                    c.commit();
                    long nextTick = System.nanoTime() + TICK_NANOS;
                    sleepUntil(Math.max(nextTick, start + (long) (n * 1e9 / perSecond)));
                }
                double took = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "sent=%d seconds=%.1f commit_per_s=%.1f%n", n, took, n / took);
            }
        }
    }

    private static void add(PreparedStatement insert, String tag, long n, String[] target, String actor)
            throws SQLException {
        Instant now = Instant.now();
        UUID event = UUID.randomUUID();
        String correlation = UUID.randomUUID().toString();
        String region = target[0];
        String body = "{\"id\":\"" + event + "\",\"type\":\"security.IncidentReported\",\"version\":1,"
                + "\"occurredAt\":\"" + now + "\",\"source\":\"security\",\"regionCode\":\"" + region
                + "\",\"actor\":\"" + actor + "\",\"correlationId\":\"" + correlation + "\",\"payload\":{"
                + "\"incidentId\":\"" + UUID.randomUUID() + "\",\"incidentType\":\""
                + TYPES[(int) (n % TYPES.length)].toLowerCase(Locale.ROOT) + "\",\"regionCode\":\"" + region
                + "\",\"severity\":\"" + SEVERITIES[(int) (n % SEVERITIES.length)].toLowerCase(Locale.ROOT)
                + "\",\"title\":\"bench " + tag + " " + n + "\"}}";
        insert.setObject(1, event);
        insert.setString(2, region);
        insert.setString(3, correlation);
        insert.setObject(4, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        insert.setString(5, body);
        insert.addBatch();
    }

    // ---------------------------------------------------------------- dashboard

    private static void dashboard(Map<String, String> o) throws Exception {
        List<String> bases = List.of(o.get("bases").split(","));
        int users = Integer.parseInt(o.getOrDefault("users", "50"));
        double seconds = Double.parseDouble(o.getOrDefault("seconds", "30"));
        double warmup = Double.parseDouble(o.getOrDefault("warmup", "5"));
        String path = o.get("path");
        List<Session> sessions = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            sessions.add(Session.login(bases.get(u % bases.size()), o.get("user"), o.get("password")));
        }
        Stats stats = new Stats();
        Stats discarded = new Stats();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmup * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (Session session : sessions) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(session.base + path))
                    .timeout(Duration.ofSeconds(60)).GET().build();
            pool.execute(() -> {
                long now;
                while ((now = System.nanoTime()) < end) {
                    (now < measureFrom ? discarded : stats).time(
                            () -> session.client.send(request, HttpResponse.BodyHandlers.ofString()), 200);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf(Locale.ROOT, "requests=%d failed=%d failed_pct=%.1f req_per_s=%.1f p50_ms=%.1f"
                        + " p95_ms=%.1f p99_ms=%.1f%s%n", stats.count(), stats.failed.get(),
                100.0 * stats.failed.get() / Math.max(1, stats.count()), stats.ok.get() / seconds,
                stats.percentile(50), stats.percentile(95), stats.percentile(99), stats.firstError());
    }

    // ---------------------------------------------------------------- common

    private static List<String[]> targets(Map<String, String> o) throws IOException {
        return Files.readAllLines(Path.of(o.get("targets"))).stream()
                .filter(l -> !l.isBlank()).map(l -> l.trim().split("\\s+")).toList();
    }

    /**
     * Option {@code start-at} (epoch ms): the REST and the JDBC load of one step start together, after the logins
     * (a PBKDF2 check each, a second of a node's CPU under load). Outbox rows committed alone would wait for the
     * relay's poll: nothing woke it.
     */
    private static void awaitStart(Map<String, String> o) throws InterruptedException {
        String at = o.get("start-at");
        if (at == null) {
            return;
        }
        long wait = Long.parseLong(at) - System.currentTimeMillis();
        if (wait >= 0) {
            TimeUnit.MILLISECONDS.sleep(wait);
        } else {
            System.err.printf(Locale.ROOT, "start-at passed %d ms ago; starting now%n", -wait);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** A logged-in browser: its own cookie jar and connections. */
    private record Session(String base, HttpClient client) {

        static Session login(String base, String user, String password) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher state = VIEW_STATE.matcher(page);
            if (!state.find()) {
                throw new IllegalStateException("no view state on " + base + "/login.xhtml");
            }
            String form = "loginForm=loginForm&loginForm%3Ausername=" + enc(user) + "&loginForm%3Apassword="
                    + enc(password) + "&loginForm%3Asubmit=&jakarta.faces.ViewState=" + enc(state.group(1));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() / 100 != 3 || location.contains("login")) {
                throw new IllegalStateException("login of " + user + " on " + base + " failed: HTTP "
                        + answer.statusCode() + " " + location);
            }
            return new Session(base, client);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** Response times of successful requests; failures are counted, the first one kept for the report. */
    private static final class Stats {

        private final List<Double> millis = new ArrayList<>();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong retried = new AtomicLong();
        private volatile String firstError;

        interface Call {
            HttpResponse<String> send() throws Exception;
        }

        void time(Call call, int expected) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = call.send();
                double ms = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() == expected) {
                    ok.incrementAndGet();
                    synchronized (millis) {
                        millis.add(ms);
                    }
                } else {
                    fail("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                fail(e.toString());
            }
        }

        private void fail(String error) {
            failed.incrementAndGet();
            if (firstError == null) {
                firstError = error;
            }
        }

        long count() {
            return ok.get() + failed.get();
        }

        double percentile(double p) {
            synchronized (millis) {
                if (millis.isEmpty()) {
                    return Double.NaN;
                }
                double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
            }
        }

        String firstError() {
            return firstError == null ? "" : " first_error=\"" + firstError.replace('"', '\'') + "\"";
        }

        private static String abbreviate(String s) {
            String flat = s == null ? "" : s.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
            return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
        }
    }
}
