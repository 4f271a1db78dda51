package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 9's fault tests, against the production shape on this machine: PostgreSQL 127.0.0.1:5432, the standalone
 * Artemis broker and two clustered portals, all started through the operators' scripts (scripts/cluster.sh). Users
 * work through the REST API on both nodes ({@link EventLoad}) while a node is killed, the broker stopped and
 * PostgreSQL restarted; afterwards the database is the judge ({@link EventLedger}): every event of the outbox is in
 * every subscribing module's inbox exactly once, and the modules' effects agree with each other. The figures of
 * each fault are printed and collected in {@code target/fault-figures.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

    private static final int EVENTS = Integer.getInteger("it.faults.events", 10_000);
    private static final String KOTA = "53.71";
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);
    private static final Pattern HANDLED = Pattern.compile(
            "^deskpilkada_events_(handled|duplicates)_total\\{module=\"([a-z]+)\"[^}]*} ([0-9.E]+)", Pattern.MULTILINE);
    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    private static ProductionCluster cluster;
    private static EventLedger ledger;
    private static List<EventLoad.Tps> places;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static int shipmentBatch;
    /** The outbox position before the users' first event: the effect checks look at everything since. */
    private static long runStart;

    @BeforeAll
    static void startTheCluster() throws Exception {
        ItEnvironment.requirePostgres();
        cluster = ProductionCluster.start();
        PortalHttpSession admin = PortalHttpSession.logIn(cluster.node(1), "admin", EventLoad.PASSWORD);
        HttpResponse<String> answer = admin.getJson("/api/system/events/subscriptions");
        assertEquals(200, answer.statusCode(), answer.body());
        List<EventLedger.Subscription> subscriptions = new ArrayList<>();
        for (JsonObject s : Json.createReader(new StringReader(answer.body())).readArray()
                .getValuesAs(JsonObject.class)) {
            subscriptions.add(new EventLedger.Subscription(s.getString("module"), s.getString("inboxTable"),
                    s.getJsonArray("eventTypes").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString).toList()));
        }
        ledger = new EventLedger(ProductionCluster.DATABASE, subscriptions);
        places = new ArrayList<>();
        ledger.query("select village_code, tps_number from plt_tps where village_code like ? and status = 'AKTIF'"
                + " order by 1, 2", row -> places.add(new EventLoad.Tps(row.getString(1), row.getInt(2))), KOTA + ".%");
        assertTrue(places.size() > 100, "the demo's TPS of Kota Kupang: " + places.size());
        runStart = ledger.head();
        System.out.println("Cluster up; consuming modules " + subscriptions.stream().map(s -> s.module() + " "
                + s.eventTypes().size() + " types").toList() + "; " + places.size() + " TPS of Kota Kupang");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        StringBuilder figures = new StringBuilder();
        FIGURES.forEach((fault, line) -> figures.append(fault).append(": ").append(line).append('\n'));
        System.out.println("=== Fault test figures\n" + figures);
        Path target = Path.of(System.getProperty("it.microbundle", "target/x.jar")).toAbsolutePath().getParent();
        Files.writeString(target.resolve("fault-figures.txt"), figures);
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void tenThousandEventsOverTwoNodesAreHandledOncePerModuleAndSpreadOverBoth() throws Exception {
        long from = ledger.head();
        Map<String, Double> before1 = handledOn(cluster.node(1));
        Map<String, Double> before2 = handledOn(cluster.node(2));
        try (EventLoad load = load(4_000)) {
            load.start(4, 0);
            awaitPublished(from, EVENTS, Duration.ofMinutes(8), load);
        }
        Duration drain = ledger.awaitDrained(from, DRAIN_LIMIT);
        Map<String, Double> node1 = minus(handledOn(cluster.node(1)), before1);
        Map<String, Double> node2 = minus(handledOn(cluster.node(2)), before2);
        String figures = verify(from, drain);
        for (EventLedger.ModuleCount module : ledger.countsSince(from)) {
            double one = node1.getOrDefault("handled " + module.module(), 0.0);
            double two = node2.getOrDefault("handled " + module.module(), 0.0);
            figures += String.format("; %s node1/node2 %.0f/%.0f", module.module(), one, two);
            assertTrue(one >= module.expected() * 0.1 && two >= module.expected() * 0.1,
                    module.module() + " handled by both nodes: " + one + " / " + two + " of " + module.expected());
        }
        record(1, "two nodes, mixed events", figures);
    }

    @Test
    @Order(2)
    void aNodeKilledInTheMiddleOfTheStreamLosesNothingAndDoublesNothing() throws Exception {
        long from = ledger.head();
        long killedAt;
        long backAt;
        try (EventLoad load = load(1_500)) {
            load.start(4, 0);
            awaitPublished(from, 1_500, Duration.ofMinutes(4), load);
            killedAt = ledger.publishedSince(from);
            cluster.kill(2);
            System.out.println("  node2 killed after " + killedAt + " events; users carry on on node1");
            awaitPublished(from, killedAt + 1_000, Duration.ofMinutes(4), load);
            // users keep working while node 2 starts again, at a calmer pace: its start should not take long
            load.pace(200);
            cluster.restart(2);
            load.pace(0);
            backAt = ledger.publishedSince(from);
            awaitPublished(from, backAt + 500, Duration.ofMinutes(4), load);
            System.out.println("  " + load.summary());
        }
        Duration drain = ledger.awaitDrained(from, DRAIN_LIMIT);
        record(2, "kill -9 of node2 after " + killedAt + " events, ready again after " + backAt, verify(from, drain));
    }

    @Test
    @Order(3)
    void aMinuteWithoutTheBrokerKeepsPagesAnsweringAndTheOutboxDrainsAfterwards() throws Exception {
        long from = ledger.head();
        PortalHttpSession leader1 = PortalHttpSession.logIn(cluster.node(1), "pimpinan", EventLoad.PASSWORD);
        PortalHttpSession leader2 = PortalHttpSession.logIn(cluster.node(2), "pimpinan", EventLoad.PASSWORD);
        long highestBacklog = 0;
        int pages = 0;
        Duration drain;
        try (EventLoad load = load(1_000)) {
            load.start(2, 100);
            awaitPublished(from, 200, Duration.ofMinutes(2), load);
            cluster.stopBroker();
            long stoppedAt = System.nanoTime();
            long backlogAtStop = ledger.backlog();
            while (System.nanoTime() - stoppedAt < Duration.ofSeconds(60).toNanos()) {
                for (PortalHttpSession leader : List.of(leader1, leader2)) {
                    HttpResponse<String> page = leader.get("/desk/dashboard.xhtml?region=" + KOTA, "text/html");
                    assertEquals(200, page.statusCode(), "the dashboard without the broker");
                    pages++;
                }
                highestBacklog = Math.max(highestBacklog, ledger.backlog());
                Thread.sleep(3_000);
            }
            assertTrue(highestBacklog > backlogAtStop + 50, "the outbox keeps what users did: backlog "
                    + backlogAtStop + " -> " + highestBacklog);
            System.out.println("  broker down 60 s: " + pages + " dashboard pages answered 200, outbox backlog up to "
                    + highestBacklog + "; " + load.summary());
            long restartAt = System.nanoTime();
            cluster.startBroker();
            Thread.sleep(5_000);
            load.close();
            ledger.awaitDrained(from, DRAIN_LIMIT);
            drain = Duration.ofNanos(System.nanoTime() - restartAt);
        }
        record(3, "broker stopped 60 s, backlog up to " + highestBacklog + ", " + pages + " pages answered 200"
                + " (drain time counted from the broker's start command)", verify(from, drain));
    }

    @Test
    @Order(4)
    void aPostgresRestartGivesClearErrorsThenTheClusterRecoversByItself() throws Exception {
        long from = ledger.head();
        PortalHttpSession leader = PortalHttpSession.logIn(cluster.node(1), "pimpinan", EventLoad.PASSWORD);
        PortalHttpSession officer = PortalHttpSession.logIn(cluster.node(2), "keamanan", EventLoad.PASSWORD);
        Duration recovery;
        try (EventLoad load = load(1_000)) {
            load.start(2, 50);
            awaitPublished(from, 300, Duration.ofMinutes(2), load);
            PostgresServer.stop();
            try {
                HttpResponse<String> page = leader.get("/desk/dashboard.xhtml", "text/html");
                assertEquals(503, page.statusCode(), "a page while the database is down");
                assertTrue(page.body().contains("Layanan sementara tidak tersedia"), page.body());
                HttpResponse<String> report = officer.post("/api/incidents", "application/json",
                        "{\"clientRequestId\":\"" + UUID.randomUUID() + "\",\"type\":\"HOAKS\",\"severity\":\"RENDAH\","
                                + "\"title\":\"saat basis data mati\",\"regionCode\":\"" + places.get(0).village()
                                + "\",\"tpsNumber\":" + places.get(0).number() + "}");
                assertEquals(503, report.statusCode(), report.body());
                assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                        && report.headers().firstValue("Retry-After").isPresent(), report.headers().map().toString());
                Thread.sleep(10_000);
            } finally {
                PostgresServer.start();
            }
            long restarted = System.nanoTime();
            awaitAnswering(leader, "/desk/dashboard.xhtml", Duration.ofMinutes(2));
            awaitAnswering(officer, "/api/incidents?max=1", Duration.ofMinutes(2));
            recovery = Duration.ofNanos(System.nanoTime() - restarted);
            long afterRestart = ledger.publishedSince(from);
            awaitPublished(from, afterRestart + 300, Duration.ofMinutes(3), load);
            System.out.println("  PostgreSQL back; both nodes answered after " + recovery.toMillis() + " ms; "
                    + load.summary());
        }
        Duration drain = ledger.awaitDrained(from, DRAIN_LIMIT);
        record(4, "PostgreSQL stopped ~12 s (503 page and problem+json while down), nodes answering "
                + recovery.toMillis() + " ms after its start", verify(from, drain));
    }

    /**
     * Checks everything since the position and returns the figures: events, per module lost, redeliveries the
     * inboxes absorbed, double effects (none allowed), drain time.
     */
    private static String verify(long from, Duration drain) {
        long events = ledger.publishedSince(from);
        List<EventLedger.ModuleCount> counts = ledger.countsSince(from);
        long lost = counts.stream().mapToLong(EventLedger.ModuleCount::lost).sum();
        List<String> doubles = EffectChecks.findDoubleEffects(ledger, runStart, RUN);
        assertEquals(0, lost, "events lost: " + counts);
        assertTrue(doubles.isEmpty(), "double or missing effects: " + doubles);
        return events + " events (" + ledger.typesSince(from).size() + " types), handled per module "
                + counts.stream().map(c -> c.module() + "=" + c.handled() + "/" + c.expected()).toList()
                + ", lost 0, duplicated 0 (inbox rows = distinct events; double-effect checks "
                + EffectChecks.COUNT + " passed), drain " + drain.toMillis() + " ms";
    }

    private static void record(int fault, String what, String figures) {
        String line = what + ": " + figures;
        FIGURES.put("Fault " + fault, line);
        System.out.println("=== Fault " + fault + ": " + line);
    }

    /** A load on both nodes with a fresh batch of planned shipments for the logistics officer. */
    private static EventLoad load(int shipments) throws Exception {
        String batch = "FT-" + RUN + "-" + (++shipmentBatch);
        ShipmentPlans.importPlans(cluster.node(1), batch, places, shipments);
        List<EventLoad.PlannedShipment> planned = new ArrayList<>();
        ledger.query("select id, version from lgs_shipment where number like ? order by number",
                row -> planned.add(new EventLoad.PlannedShipment(UUID.fromString(row.getString(1)), row.getLong(2))),
                batch + "-%");
        assertEquals(shipments, planned.size(), "shipments planned for " + batch);
        return new EventLoad(cluster.nodes(), places, planned, RUN);
    }

    private static void awaitPublished(long from, long count, Duration limit, EventLoad load) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long lastReport = System.nanoTime();
        long published;
        while ((published = ledger.publishedSince(from)) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + published + " of " + count + " events within " + limit + "; "
                        + load.summary());
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(15).toNanos()) {
                System.out.println("  " + published + " of " + count + " events published; " + load.summary());
                lastReport = System.nanoTime();
            }
            Thread.sleep(500);
        }
    }

    private static void awaitAnswering(PortalHttpSession session, String path, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int status = -1;
        while (System.nanoTime() < deadline) {
            try {
                status = session.get(path, path.startsWith("/api/") ? "application/json" : "text/html").statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                status = -1;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " still answers " + status + " " + limit + " after PostgreSQL's start");
    }

    /** The handled and duplicate counters of one node, keyed "handled desk", "duplicates desk" … */
    private static Map<String, Double> handledOn(URL node) throws Exception {
        HttpResponse<String> metrics = PortalHttpSession.anonymous(node).get("/metrics", "text/plain");
        Map<String, Double> values = new LinkedHashMap<>();
        Matcher m = HANDLED.matcher(metrics.body());
        while (m.find()) {
            values.put(m.group(1) + " " + m.group(2), Double.parseDouble(m.group(3)));
        }
        return values;
    }

    private static Map<String, Double> minus(Map<String, Double> after, Map<String, Double> before) {
        Map<String, Double> delta = new LinkedHashMap<>();
        after.forEach((k, v) -> delta.put(k, v - before.getOrDefault(k, 0.0)));
        return delta;
    }
}
