package id.deskpilkada.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Users at work on the cluster through the REST API, as field officers' apps are: a security officer of Kota Kupang
 * reports incidents (some then rejected, some escalated to the province) and classifies TPS, a KPU logistics officer
 * packs, dispatches and reports delays of shipments — a mix of event types that reaches every consuming module.
 * Each worker keeps to one node; when its node stops answering it moves to the other and retries the same request
 * (field reports and status changes are idempotent by their client request id), as a load balancer and the field
 * app's outbox would. Whatever the users did is read back from the database afterwards, not from this class.
 */
final class EventLoad implements AutoCloseable {

    static final String PASSWORD = "Pilkada2024!";
    private static final String SECURITY = "keamanan";
    private static final String LOGISTICS = "logistik.kupang";
    private static final String[] CATEGORIES = {"KURANG_RAWAN", "RAWAN", "SANGAT_RAWAN"};
    private static final String[] INCIDENT_TYPES = {"PERUSAKAN_APK", "KAMPANYE_HITAM", "POLITIK_UANG", "HOAKS",
            "INTIMIDASI", "NETRALITAS_ASN", "LAINNYA"};
    private static final String[] SEVERITIES = {"RENDAH", "SEDANG", "TINGGI"};
    private static final long RETRY_PAUSE_MS = 500;
    private static final long GIVE_UP_MS = 240_000;

    /** A TPS the officers work at: {@code 53.71.01.1001} and its number. */
    record Tps(String village, int number) {
    }

    /** A shipment planned for the run, moved on by one worker at a time. */
    record PlannedShipment(UUID id, long version) {
    }

    private final List<URL> nodes;
    private final List<Tps> places;
    private final Queue<PlannedShipment> shipments;
    private final String tag;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong units = new AtomicLong();
    private final AtomicLong transportFailures = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong movedNode = new AtomicLong();
    private final List<Thread> workers = new ArrayList<>();
    private final List<Throwable> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile long pauseMillis;

    EventLoad(List<URL> nodes, List<Tps> places, List<PlannedShipment> shipments, String tag) {
        this.nodes = List.copyOf(nodes);
        this.places = List.copyOf(places);
        this.shipments = new ConcurrentLinkedQueue<>(shipments);
        this.tag = tag;
    }

    /** Starts {@code perNode} workers on each node; {@code pauseMillis} between a worker's units sets the pace. */
    void start(int perNode, long pauseMillis) {
        this.pauseMillis = pauseMillis;
        running.set(true);
        for (int node = 0; node < nodes.size(); node++) {
            for (int i = 0; i < perNode; i++) {
                int home = node;
                Thread worker = new Thread(() -> work(home), "load-" + tag + "-node" + (node + 1) + "-" + i);
                workers.add(worker);
                worker.start();
            }
        }
    }

    void pace(long pauseMillis) {
        this.pauseMillis = pauseMillis;
    }

    long units() {
        return units.get();
    }

    String summary() {
        return units.get() + " units of work, " + transportFailures.get() + " requests cut off, " + serverErrors.get()
                + " answered 5xx, " + movedNode.get() + " moves to the other node";
    }

    /** Stops the workers after their current unit; fails when a worker met something it could not get past. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.join(GIVE_UP_MS + 10_000);
        }
        if (!problems.isEmpty()) {
            AssertionError error = new AssertionError(problems.size() + " workers failed, first: " + problems.get(0));
            problems.forEach(error::addSuppressed);
            throw error;
        }
    }

    private void work(int home) {
        Officer officer = new Officer(home);
        try {
            while (running.get()) {
                int pick = ThreadLocalRandom.current().nextInt(10);
                if (pick < 5) {
                    incident(officer);
                } else if (pick < 7) {
                    classify(officer);
                } else if (!moveShipment(officer)) {
                    incident(officer);
                }
                units.incrementAndGet();
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | AssertionError e) {
            problems.add(e);
        }
    }

    private void incident(Officer officer) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Tps at = places.get(random.nextInt(places.size()));
        String request = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder().add("clientRequestId", request)
                .add("type", INCIDENT_TYPES[random.nextInt(INCIDENT_TYPES.length)])
                .add("severity", SEVERITIES[random.nextInt(SEVERITIES.length)])
                .add("title", "Uji gangguan " + tag + " " + request.substring(0, 8))
                .add("description", "Laporan uji ketahanan klaster")
                .add("regionCode", at.village()).add("tpsNumber", at.number())
                .add("occurredUtc", LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0).toString())
                .build().toString();
        JsonObject reported = officer.send(SECURITY, "/api/incidents", body, 200, 201).getJsonObject("incident");
        String id = reported.getString("id");
        int next = random.nextInt(3);
        if (next == 0) {
            officer.sendOnce(SECURITY, "/api/incidents/" + id + "/status", "{\"expectedVersion\":"
                    + reported.getJsonNumber("version") + ",\"status\":\"DITOLAK\",\"note\":\"laporan uji\"}");
        } else if (next == 1) {
            officer.sendOnce(SECURITY, "/api/incidents/" + id + "/escalation", "{\"expectedVersion\":"
                    + reported.getJsonNumber("version") + ",\"note\":\"perlu dukungan provinsi\"}");
        }
    }

    private void classify(Officer officer) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Tps at = places.get(random.nextInt(places.size()));
        officer.sendOnce(SECURITY, "PUT /api/vulnerability/tps/" + at.village() + "/" + at.number(),
                "{\"category\":\"" + CATEGORIES[random.nextInt(CATEGORIES.length)] + "\",\"indicators\":[]}");
    }

    /** Packs, dispatches and holds up one planned shipment; false when none is left. */
    private boolean moveShipment(Officer officer) throws Exception {
        PlannedShipment shipment = shipments.poll();
        if (shipment == null) {
            return false;
        }
        long version = shipment.version();
        for (String step : new String[] {"\"status\":\"DIKEMAS\"", "\"status\":\"DIKIRIM\"",
                                         "\"status\":\"TERTUNDA\",\"reason\":\"CUACA\",\"note\":\"hujan deras\""}) {
            String body = "{\"clientRequestId\":\"" + UUID.randomUUID() + "\",\"expectedVersion\":" + version + ","
                    + step + "}";
            version = officer.send(LOGISTICS, "/api/shipments/" + shipment.id() + "/status", body, 200)
                    .getJsonObject("shipment").getJsonNumber("version").longValue();
        }
        return true;
    }

    /** One worker's logged-in sessions on its current node. */
    private final class Officer {

        private int node;
        private final java.util.Map<String, PortalHttpSession> sessions = new java.util.HashMap<>();

        Officer(int node) {
            this.node = node;
        }

        /**
         * Sends until the portal answers one of the expected codes, moving to the other node when this one cannot
         * be reached; for idempotent requests only.
         */
        JsonObject send(String user, String path, String body, int... expected) throws Exception {
            long deadline = System.currentTimeMillis() + GIVE_UP_MS;
            while (true) {
                HttpResponse<String> answer = attempt(user, path, body);
                if (answer != null) {
                    for (int code : expected) {
                        if (answer.statusCode() == code) {
                            return Json.createReader(new StringReader(answer.body())).readObject();
                        }
                    }
                    if (answer.statusCode() < 500) {
                        throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
                    }
                    serverErrors.incrementAndGet();
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError(path + " did not succeed within " + GIVE_UP_MS + " ms");
                }
                Thread.sleep(RETRY_PAUSE_MS);
            }
        }

        /**
         * A request that is not idempotent (a status change by version, a classification): sent until it gets an
         * answer below 500. A conflict (409: another officer changed the TPS or incident first) is an answer users
         * get in real work too; after a cut-off attempt the change may have been made already, so any refusal then
         * is an answer — the database says afterwards what happened.
         */
        void sendOnce(String user, String path, String body) throws Exception {
            long deadline = System.currentTimeMillis() + GIVE_UP_MS;
            boolean cutOff = false;
            while (true) {
                HttpResponse<String> answer = attempt(user, path, body);
                if (answer != null && (answer.statusCode() < 300 || answer.statusCode() == 409)) {
                    return;
                }
                if (answer != null && answer.statusCode() < 500) {
                    if (cutOff) {
                        return;
                    }
                    throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
                }
                cutOff = true;
                if (answer != null) {
                    serverErrors.incrementAndGet();
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError(path + " did not succeed within " + GIVE_UP_MS + " ms");
                }
                Thread.sleep(RETRY_PAUSE_MS);
            }
        }

        /** @return the answer, or null when the request was cut off (then the next attempt goes elsewhere) */
        private HttpResponse<String> attempt(String user, String path, String body) throws InterruptedException {
            try {
                PortalHttpSession session = session(user);
                HttpResponse<String> answer = path.startsWith("PUT ")
                        ? session.put(path.substring(4), "application/json", body)
                        : session.post(path, "application/json", body);
                if (answer.statusCode() == 302 || answer.statusCode() == 401) {
                    sessions.remove(user);
                    return null;
                }
                return answer;
            } catch (IOException | IllegalStateException e) {
                transportFailures.incrementAndGet();
                moveToOtherNode();
                return null;
            }
        }

        private PortalHttpSession session(String user) throws IOException, InterruptedException {
            PortalHttpSession session = sessions.get(user);
            if (session == null) {
                session = PortalHttpSession.logIn(nodes.get(node), user, PASSWORD);
                sessions.put(user, session);
            }
            return session;
        }

        private void moveToOtherNode() {
            node = (node + 1) % nodes.size();
            sessions.clear();
            movedNode.incrementAndGet();
        }
    }
}
