package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.deskpilkada.meeting.application.AgendaProposals;
import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.DeadLetter;
import id.deskpilkada.platform.application.DeadLetters;
import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.events.EventCodec;
import id.deskpilkada.platform.events.EventEnvelope;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import id.deskpilkada.platform.messaging.BrokerConnections;
import id.deskpilkada.platform.messaging.BrokerProbe;
import id.deskpilkada.platform.messaging.EmbeddedBroker;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live notifications and the events page on the portal WAR: events of three modules become notifications for
 * exactly the users of their roles, regions and agencies; the bell rises in an open browser without a reload; a
 * dead-lettered message is replayed to the subscription it came from. In-container steps and browser steps run in
 * different JVMs, so they share fixed markers (the run's database is fresh) instead of fields.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final String DEMO_PASSWORD = "Pilkada2024!";

    private static final UUID SHIPMENT = UUID.fromString("0b7c0000-0000-4000-8000-000000000001");
    private static final UUID INCIDENT = UUID.fromString("0b7c0000-0000-4000-8000-000000000002");
    private static final UUID MEETING = UUID.fromString("0b7c0000-0000-4000-8000-000000000003");
    private static final String SHIPMENT_NUMBER = "NIT-KPG-001";
    private static final String INCIDENT_TITLE = "NotificationIT bentrok di Oebobo";
    private static final String MINUTES_TITLE = "NotificationIT rakor Kota Jambi";
    private static final String ACTION_ITEM = "NotificationIT kirim surat suara cadangan";
    /** A made-up desa of a made-up province: nobody but national users is in its scope. */
    private static final String NOWHERE = "99.98.97.1001";
    private static final UUID REPLAYED_EVENT = UUID.fromString("0b7c0000-0000-4000-8000-000000000004");
    private static final UUID LEFT_EVENT = UUID.fromString("0b7c0000-0000-4000-8000-000000000005");
    private static final String NOTIFICATIONS_QUEUE = "deskpilkada\\.notifications";

    @Deployment
    static WebArchive deployment() {
        ItEnvironment.requirePostgres();
        return PortalDeployment.builtWar(NotificationIT.class, Poll.class, PortalHttpSession.class);
    }

    @Inject
    EventPublisher publisher;

    @Inject
    UserTransaction tx;

    @Inject
    AccountService accounts;

    @Inject
    DeadLetters deadLetters;

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerProbe probe;

    @Inject
    AgendaProposals proposals;

    @Inject
    AuditLog auditLog;

    @Test
    @Order(1)
    void eventsOfThreeModulesBecomeOneNotificationEach() throws Exception {
        UUID kpuNtt = accounts.agencyOf("logistik").orElseThrow(() -> new AssertionError("logistik has no agency"));
        tx.begin();
        publisher.publish(new ShipmentDelayed(SHIPMENT, SHIPMENT_NUMBER, "53.71.04.1001", "banjir", null, null));
        publisher.publish(new IncidentEscalated(INCIDENT, "53.71.04.1001", "konflik_massa", "tinggi", INCIDENT_TITLE,
                "53.71"));
        publisher.publish(new MinutesApproved(MEETING, "15.71", MINUTES_TITLE, "hash", 1, 1));
        publisher.publish(new ActionItemAssigned(UUID.randomUUID(), MEETING, "15.71", ACTION_ITEM, kpuNtt,
                "KPU Provinsi Nusa Tenggara Timur", "KPU", LocalDate.now().plusDays(3)));
        tx.commit();

        Poll.until(DELIVERY, () -> count("select count(*) from plt_notification where subject_id in (?, ?, ?)",
                SHIPMENT, INCIDENT, MEETING) == 4, () -> "four notifications, one per event");
        Poll.settle(SETTLE);
        assertEquals(4, count("select count(*) from plt_notification where subject_id in (?, ?, ?)", SHIPMENT,
                INCIDENT, MEETING), "one row per event, not one per user");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theNotificationCentreListsThemForTheirReadersOnly(@ArquillianResource URL url) throws Exception {
        assertSees(url, "logistik", List.of(SHIPMENT_NUMBER, ACTION_ITEM), List.of(INCIDENT_TITLE, MINUTES_TITLE));
        assertSees(url, "keamanan", List.of(SHIPMENT_NUMBER, INCIDENT_TITLE), List.of(MINUTES_TITLE, ACTION_ITEM));
        assertSees(url, "sekretariat", List.of(SHIPMENT_NUMBER, INCIDENT_TITLE), List.of(MINUTES_TITLE, ACTION_ITEM));
        assertSees(url, "sekretariat.jambi", List.of(MINUTES_TITLE, ACTION_ITEM),
                List.of(SHIPMENT_NUMBER, INCIDENT_TITLE));

        PortalHttpSession logistik = PortalHttpSession.logIn(url, "logistik", DEMO_PASSWORD);
        String page = logistik.get("/notifications.xhtml", "text/html").body();
        assertTrue(page.contains("Pengiriman " + SHIPMENT_NUMBER + " tertunda (Banjir)"), page);
        assertTrue(page.contains(ACTION_ITEM) && !page.contains(MINUTES_TITLE), page);
    }

    @Test
    @Order(3)
    @RunAsClient
    void readMarksAreTheReadersOwn(@ArquillianResource URL url) throws Exception {
        PortalHttpSession keamanan = PortalHttpSession.logIn(url, "keamanan", DEMO_PASSWORD);
        PortalHttpSession pimpinan = PortalHttpSession.logIn(url, "pimpinan", DEMO_PASSWORD);
        long before = unread(keamanan);
        long othersBefore = unread(pimpinan);
        JsonObject incident = json(keamanan.getJson("/api/notifications?max=100")).getJsonArray("notifications")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("subjectId").equals(INCIDENT.toString())).findFirst().orElseThrow();

        HttpResponse<String> read = keamanan.post("/api/notifications/" + incident.getString("id") + "/read",
                "application/json", "");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(before - 1, unread(keamanan));
        assertEquals(othersBefore, unread(pimpinan), "pimpinan has not read it");

        HttpResponse<String> foreign = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD)
                .post("/api/notifications/" + incident.getString("id") + "/read", "application/json", "");
        assertEquals(400, foreign.statusCode(), "not sekretariat.jambi's: " + foreign.body());

        keamanan.post("/api/notifications/read-all", "application/json", "");
        assertEquals(0, unread(keamanan));
    }

    @Test
    @Order(4)
    @RunAsClient
    void theBellRisesWithoutAReloadWhenAnIncidentReachesTheDesk(@ArquillianResource URL url) throws Exception {
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("pimpinan", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            java.util.function.Supplier<String> bell = browser.textContentOf("shellForm:unread");
            long before = bellCount(bell.get());
            Poll.settle(SETTLE); // the websocket opens after the page has loaded

            PortalHttpSession keamanan = PortalHttpSession.logIn(url, "keamanan", DEMO_PASSWORD);
            String report = "{\"clientRequestId\":\"" + UUID.randomUUID() + "\",\"type\":\"HOAKS\","
                    + "\"severity\":\"RENDAH\",\"title\":\"Hoaks TPS dipindah (NotificationIT)\","
                    + "\"regionCode\":\"53.71.04.1001\",\"tpsNumber\":0}";
            HttpResponse<String> reported = keamanan.post("/api/incidents", "application/json", report);
            assertEquals(201, reported.statusCode(), reported.body());
            JsonObject incident = json(reported).getJsonObject("incident");
            HttpResponse<String> escalated = keamanan.post("/api/incidents/" + incident.getString("id")
                    + "/escalation", "application/json", "{\"expectedVersion\":"
                    + incident.getJsonNumber("version").longValue() + ",\"note\":\"butuh Polresta\"}");
            assertEquals(200, escalated.statusCode(), escalated.body());

            Poll.until(DELIVERY, () -> bellCount(bell.get()) >= before + 1,
                    () -> "the bell at " + (before + 1) + ", shows " + bell.get());
            browser.waitForText("Hoaks TPS dipindah (NotificationIT)"); // the growl
            browser.screenshot("40-notification-bell");

            browser.open("/notifications.xhtml");
            browser.waitForText("dieskalasi ke desk Kota Kupang");
            browser.screenshot("41-notification-centre");
        }
    }

    @Test
    @Order(5)
    void aDeadLetteredMessageIsReplayedToItsOwnSubscriptionOnly() throws Exception {
        deadLetter(REPLAYED_EVENT);
        deadLetter(LEFT_EVENT);
        DeadLetter letter = deadLetters.list().stream()
                .filter(l -> REPLAYED_EVENT.toString().equals(l.eventId())).findFirst().orElseThrow();
        assertEquals("notifications", letter.module());
        assertEquals("logistics.ShipmentDelayed", letter.type());

        deadLetters.replay(letter.messageId());

        Poll.until(DELIVERY, () -> count("select count(*) from plt_notification where event_id = ?",
                REPLAYED_EVENT) == 1, () -> "the replayed event notified");
        Poll.settle(SETTLE);
        assertEquals(0, proposals.countPending(NOWHERE), "the meeting module's subscription did not get it");
        assertEquals(0, probe.countOnDeadLetterQueue("eventId = '" + REPLAYED_EVENT + "'"));
        assertEquals(1, probe.countOnDeadLetterQueue("eventId = '" + LEFT_EVENT + "'"));
        assertTrue(auditLog.page("", "dead-letter", 0, 20).stream()
                .anyMatch(e -> e.action().equals("event.replayed") && e.subjectId().equals(letter.messageId())),
                "the replay is in the audit trail");
    }

    @Test
    @Order(6)
    @RunAsClient
    void administratorsSeeEventsConsumersAndDeadLetters(@ArquillianResource URL url) throws Exception {
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("admin", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/admin/events.xhtml");
            browser.waitForText("Event terbaru");
            browser.waitForText("Posisi dan antrean konsumen");
            browser.waitForText(LEFT_EVENT.toString());
            assertTrue(browser.pageText().contains("notifications"), browser.pageText());
            browser.screenshot("42-events-page");
        }
        PortalHttpSession admin = PortalHttpSession.logIn(url, "admin", DEMO_PASSWORD);
        String consumers = admin.getJson("/api/system/events/consumers").body();
        assertTrue(consumers.contains("\"module\":\"notifications\""), consumers);
        String recent = admin.getJson("/api/system/events/recent?type=security.IncidentEscalated").body();
        assertTrue(recent.contains("security.IncidentEscalated") && !recent.contains("logistics.ShipmentDelayed"),
                recent);
        assertEquals(403, PortalHttpSession.logIn(url, "logistik", DEMO_PASSWORD)
                .getJson("/api/system/events/dead-letters").statusCode());
    }

    private static void assertSees(URL url, String username, List<String> sees, List<String> doesNotSee)
            throws Exception {
        String body = PortalHttpSession.logIn(url, username, DEMO_PASSWORD).getJson("/api/notifications?max=100")
                .body();
        sees.forEach(marker -> assertTrue(body.contains(marker), username + " sees " + marker + ": " + body));
        doesNotSee.forEach(marker -> assertFalse(body.contains(marker), username + " does not see " + marker));
    }

    private static long unread(PortalHttpSession session) throws Exception {
        return json(session.getJson("/api/notifications/unread-count")).getJsonNumber("unread").longValue();
    }

    private static long bellCount(String label) {
        return label.isEmpty() ? 0 : Long.parseLong(label.replace("+", ""));
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A delayed shipment as the notifications' subscription would have dead-lettered it. */
    private void deadLetter(UUID eventId) {
        ShipmentDelayed event = new ShipmentDelayed(UUID.randomUUID(), "NIT-DLQ", NOWHERE, "cuaca", null, null);
        EventMetadata metadata = new EventMetadata(eventId, "logistics.ShipmentDelayed", 1, Instant.now(), "logistics",
                NOWHERE, "test", UUID.randomUUID().toString(), null);
        try (JMSContext ctx = connections.open(JMSContext.AUTO_ACKNOWLEDGE)) {
            ctx.createProducer().setProperty("type", metadata.type()).setProperty("eventId", eventId.toString())
                    .setProperty("regionCode", NOWHERE)
                    .setProperty("_AMQ_ORIG_ADDRESS", connections.topic())
                    .setProperty("_AMQ_ORIG_QUEUE", NOTIFICATIONS_QUEUE)
                    .send(ctx.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE),
                            EventCodec.encode(new EventEnvelope(metadata, EventCodec.payloadOf(event))));
        }
    }

    private static long count(String sql, UUID... parameters) {
        try {
            DataSource dataSource = InitialContext.doLookup(PlatformStartup.DATA_SOURCE);
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
