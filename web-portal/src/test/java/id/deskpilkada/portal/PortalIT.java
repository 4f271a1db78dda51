package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.deskpilkada.logistics.application.RegionRisks;
import id.deskpilkada.meeting.application.AgendaProposals;
import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.AuditRecord;
import id.deskpilkada.platform.application.CreatedUser;
import id.deskpilkada.platform.application.JurisdictionRegion;
import id.deskpilkada.platform.application.NewUser;
import id.deskpilkada.platform.application.RuleViolation;
import id.deskpilkada.platform.application.UserAdministration;
import id.deskpilkada.platform.application.UserChange;
import id.deskpilkada.platform.application.UserSummary;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.application.ChainVerification;
import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.application.agency.AgencyDraft;
import id.deskpilkada.platform.application.agency.AgencyFilter;
import id.deskpilkada.platform.application.agency.AgencyService;
import id.deskpilkada.platform.application.agency.AgencySummary;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.tps.RegionTotals;
import id.deskpilkada.platform.application.tps.TpsFilter;
import id.deskpilkada.platform.application.tps.TpsImportReport;
import id.deskpilkada.platform.application.tps.TpsImporter;
import id.deskpilkada.platform.application.tps.TpsInput;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsTotals;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.platform.domain.region.ImportProblem;
import id.deskpilkada.platform.domain.tps.TpsProblem;
import id.deskpilkada.platform.domain.agency.AgencyProblem;
import id.deskpilkada.platform.domain.agency.AgencyType;
import id.deskpilkada.platform.domain.agency.InvalidAgencyException;
import id.deskpilkada.platform.application.region.RegionImportReport;
import id.deskpilkada.platform.application.region.RegionImporter;
import id.deskpilkada.platform.events.EventCodec;
import id.deskpilkada.platform.events.EventEnvelope;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.security.IncidentReported;
import id.deskpilkada.platform.messaging.BrokerConnections;
import id.deskpilkada.platform.messaging.BrokerProbe;
import id.deskpilkada.platform.messaging.CausalContext;
import id.deskpilkada.platform.messaging.EmbeddedBroker;
import id.deskpilkada.platform.messaging.HandlerRegistry;
import id.deskpilkada.platform.messaging.OutboxEvent;
import id.deskpilkada.platform.messaging.OutboxRepository;
import id.deskpilkada.security.application.ShipmentRoutes;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * The portal WAR on Payara Micro with PostgreSQL and the embedded Artemis broker: the event backbone's
 * guarantees, module-to-module delivery, and the browser login. One deployment for all of them.
 * Every test works in its own made-up region code so that counts are not disturbed by other tests.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final String DEMO_PASSWORD = "Pilkada2024!";
    /** Known password of the provincial administrator the tests create and log in as. */
    private static final String NTT_ADMIN_PASSWORD = "Ntt-Admin-2024!";

    @Deployment
    static WebArchive deployment() {
        ItEnvironment.requirePostgres();
        return PortalDeployment.builtWar(PortalIT.class, Poll.class, PortalHttpSession.class);
    }

    @Inject
    EventPublisher publisher;

    @Inject
    UserTransaction tx;

    @Inject
    OutboxRepository outbox;

    @Inject
    EmbeddedBroker broker;

    @Inject
    BrokerConnections connections;

    @Inject
    BrokerProbe probe;

    @Inject
    HandlerRegistry handlers;

    @Inject
    AgendaProposals proposals;

    @Inject
    ShipmentRoutes routes;

    @Inject
    RegionRisks risks;

    @Inject
    RegionImporter regionImporter;

    @Inject
    RegionDirectory regionDirectory;

    @Inject
    AuditLog auditLog;

    @Inject
    AgencyService agencies;

    @Inject
    UserAdministration users;

    @Inject
    TpsService tps;

    @Inject
    TpsImporter tpsImporter;

    @Inject
    AccountService accounts;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void rolledBackPublishesNothingAndCommittedPublishesExactlyOnce() throws Exception {
        String region = uniqueRegion();
        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        try {
            tx.begin();
            publisher.publish(delayed(region, UUID.randomUUID()));
            tx.rollback();

            UUID shipment = UUID.randomUUID();
            tx.begin();
            publisher.publish(dispatched(region, shipment));
            publisher.publish(delayed(region, shipment));
            tx.commit();

            // published by "logistics", handled by the meeting and the security modules
            Poll.until(DELIVERY, () -> proposals.countPending(region) == 1, () -> "one proposed agenda item");
            Poll.until(DELIVERY, () -> routes.find(shipment).map(r -> r.status().equals("TERTUNDA")).orElse(false),
                    () -> "security's route of the delayed shipment");
            Poll.settle(SETTLE);
            assertEquals(1, proposals.countPending(region), "the rolled-back event must not arrive");
            List<OutboxEvent> rows = outbox.byCorrelation(correlation);
            assertEquals(2, rows.size(), "only the committed transaction's events are in the outbox");
            assertTrue(rows.stream().allMatch(r -> r.status() == OutboxEvent.Status.SENT));
        } finally {
            CausalContext.clearRequestCorrelation();
        }
    }

    @Test
    @Order(2)
    void duplicateDeliveryOfOneEventIdHasOneEffect() {
        String region = uniqueRegion();
        String message = envelope(UUID.randomUUID(), delayed(region, UUID.randomUUID()));
        sendRaw(message, "logistics.ShipmentDelayed");
        sendRaw(message, "logistics.ShipmentDelayed");

        Poll.until(DELIVERY, () -> proposals.countPending(region) == 1, () -> "the event handled once");
        Poll.settle(SETTLE);
        assertEquals(1, proposals.countPending(region), "the second delivery must be skipped by the inbox");
    }

    @Test
    @Order(3)
    void poisonEventIsDeadLetteredAndLaterEventsStillFlow() {
        String poisonId = UUID.randomUUID().toString();
        String poison = Json.createObjectBuilder()
                .add("id", poisonId).add("type", "logistics.ShipmentDelayed").add("version", 1)
                .add("occurredAt", Instant.now().toString()).add("source", "logistics")
                .add("payload", "this is not an object").build().toString();
        sendRaw(poison, "logistics.ShipmentDelayed", poisonId);
        String region = uniqueRegion();
        sendRaw(envelope(UUID.randomUUID(), delayed(region, UUID.randomUUID())), "logistics.ShipmentDelayed");

        Poll.until(DELIVERY, () -> proposals.countPending(region) == 1, () -> "the event after the poison");
        // judged by each module that handles the type; the others acknowledge it unread
        long consumers = handlers.consumingModules().stream()
                .filter(m -> handlers.eventTypes(m.name()).contains("logistics.ShipmentDelayed")).count();
        assertTrue(consumers > 1, "several modules handle delayed shipments");
        Poll.until(Duration.ofSeconds(60),
                () -> probe.countOnDeadLetterQueue("eventId = '" + poisonId + "'") == consumers,
                () -> "the poison dead-lettered once per module handling it (" + consumers + "), found "
                        + probe.countOnDeadLetterQueue("eventId = '" + poisonId + "'"));
    }

    @Test
    @Order(4)
    void eventsPublishedDuringBrokerOutageWaitInOutboxAndAllArrive() throws Exception {
        String region = uniqueRegion();
        String correlation = UUID.randomUUID().toString();
        int events = 25;
        broker.stop();
        try {
            CausalContext.bindRequestCorrelation(correlation);
            for (int i = 0; i < events; i++) {
                tx.begin();
                publisher.publish(delayed(region, UUID.randomUUID()));
                tx.commit();
            }
            Poll.settle(SETTLE);
            assertEquals(events, pending(correlation), "all events wait in the outbox while the broker is down");
        } finally {
            CausalContext.clearRequestCorrelation();
            broker.start();
        }
        Poll.until(Duration.ofSeconds(60), () -> proposals.countPending(region) == events,
                () -> "all " + events + " events delivered after the broker came back, got "
                        + proposals.countPending(region));
        assertEquals(0, pending(correlation));
        Poll.settle(SETTLE);
        assertEquals(events, proposals.countPending(region), "none twice");
    }

    @Test
    @Order(5)
    void disasterIncidentFromSecurityFlagsRegionAtRiskInLogistics() throws Exception {
        // inside NTT, so that the logistics officer of the province sees it on the page later
        String region = String.format("53.71.05.%04d", ThreadLocalRandom.current().nextInt(3000, 10000));
        UUID incident = UUID.randomUUID();
        tx.begin();
        publisher.publish(new IncidentReported(incident, region, "bencana", "tinggi", "Banjir di Kelurahan Oesapa"));
        publisher.publish(new IncidentReported(UUID.randomUUID(), region, "hoaks", "rendah", "Hoaks TPS pindah"));
        tx.commit();

        Poll.until(DELIVERY, () -> risks.forIncident(incident).isPresent(), () -> "region flagged at risk");
        Poll.settle(SETTLE);
        assertEquals(1, risks.countWithin(region), "a hoax does not threaten distribution");
    }

    @Test
    @Order(6)
    @RunAsClient
    void administratorLogsInSeesIndonesianShellAndSwitchesToEnglish(@ArquillianResource URL url)
            throws Exception {
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.open("/login.xhtml");
            browser.waitForText("Nama pengguna");
            browser.screenshot("01-login");

            browser.logIn("admin", DEMO_PASSWORD);
            assertEquals("Administrator Desk Pilkada", browser.textOf("shellForm:userName"));
            browser.waitForText("Jalur event");
            assertTrue(browser.pageText().contains("Selamat datang"), browser.pageText());
            browser.screenshot("02-beranda-admin");

            browser.click("shellForm:lang-en");
            browser.waitForText("Welcome");
            assertTrue(browser.pageText().contains("Event backbone"), browser.pageText());
            browser.screenshot("03-home-english");

            browser.open("/admin/events.xhtml");
            browser.waitForText("Outbox backlog");
            assertEquals("Yes", browser.textOf("reachable"));
            browser.screenshot("04-event-backbone");

            browser.click("shellForm:logout");
            browser.waitForText("Kata sandi"); // a new session starts in Bahasa Indonesia
        }
    }

    @Test
    @Order(7)
    @RunAsClient
    void menuAndPagesFollowTheRole(@ArquillianResource URL url) throws Exception {
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("logistik", "wrong-password");
            browser.waitForText("Nama pengguna atau kata sandi salah.");
            browser.waitForText("Akun dikunci setelah 5 kali gagal masuk berturut-turut.");

            browser.logIn("logistik", DEMO_PASSWORD);
            browser.waitForText("Wilayah berisiko");
            assertFalse(browser.pageText().contains("Jalur event"), "no admin menu for logistics");
            assertFalse(browser.pageText().contains("Usulan agenda"), "no meeting menu for logistics");
            browser.screenshot("05-beranda-logistik");

            browser.open("/logistics/risks.xhtml");
            browser.waitForText("Banjir di Kelurahan Oesapa");
            browser.screenshot("06-wilayah-berisiko");
        }
        assertEquals(403, statusOfAdminPageAs("logistik", url), "the page itself is guarded, not only the menu");
    }

    @Test
    @Order(8)
    @RunAsClient
    void operatorsFindHealthMetricsAndOpenApi(@ArquillianResource URL url) throws Exception {
        URL root = new URL(url.getProtocol(), url.getHost(), url.getPort(), "/");
        String health = get(new URL(root, "health/ready"), "application/json");
        assertTrue(health.contains("\"status\":\"UP\""), health);
        assertTrue(health.contains("\"database\":\"true\""), health);
        String openApi = get(new URL(root, "openapi"), "*/*");
        assertTrue(openApi.contains("/api/system/events"), openApi);
        String metrics = get(new URL(root, "metrics"), "text/plain");
        assertTrue(metrics.contains("deskpilkada_events_published_total"), "published counter exported");
    }

    @Test
    @Order(9)
    @RunAsClient
    void aKotaKupangUserCannotReadKotaJambiThroughRestOrPages(@ArquillianResource URL url) throws Exception {
        PortalHttpSession kupang = PortalHttpSession.logIn(url, "sekretariat", DEMO_PASSWORD);
        String roots = kupang.getJson("/api/regions").body();
        assertTrue(roots.contains("\"code\":\"53.71\"") && !roots.contains("\"code\":\"53\""), roots);
        assertEquals(200, kupang.getJson("/api/regions/53.71.01").statusCode());
        HttpResponse<String> jambi = kupang.getJson("/api/regions/15.71");
        assertEquals(403, jambi.statusCode());
        assertTrue(jambi.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(403, kupang.getJson("/api/regions/15.71/children").statusCode());
        assertFalse(kupang.getJson("/api/regions/search?q=Jambi").body().contains("\"15."), "search stays in scope");

        PortalHttpSession jambiUser = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD);
        assertEquals(403, jambiUser.getJson("/api/regions/53.71").statusCode());
        assertEquals(200, jambiUser.getJson("/api/regions/15.71").statusCode());

        PortalHttpSession admin = PortalHttpSession.logIn(url, "admin", DEMO_PASSWORD);
        assertEquals(38, admin.getJson("/api/regions").body().split("\"level\":1").length - 1);

        String file = bundledRegions();
        assertEquals(403, kupang.post("/api/regions/import", "text/csv", "code,name,level,parent_code\n")
                .statusCode(), "imports: ADMIN only");
        HttpResponse<String> dryRun = admin.post("/api/regions/import", "text/csv", file);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertTrue(dryRun.body().contains("\"applied\":false") && dryRun.body().contains("\"unchanged\":91599"),
                dryRun.body());
        HttpResponse<String> broken = admin.post("/api/regions/import?apply=true", "text/csv", file + "53.7,X,2,53\n");
        assertEquals(422, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("BAD_CODE_SHAPE"), broken.body());

        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("sekretariat", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/regions/tree.xhtml");
            browser.waitForText("Kota Kupang");
            assertFalse(browser.pageText().contains("Jambi"), "the tree shows only the jurisdiction");
            browser.clickCss(".ui-treetable-toggler");
            browser.waitForText("Kelapa Lima");
            browser.screenshot("07-pohon-wilayah-kupang");
        }
    }

    @Test
    @Order(10)
    void regionImportDryRunApplyAndIdempotentReimport() throws Exception {
        String official = bundledRegions();
        String renamedVillage = firstRowOf(official, "15.71.01.");
        String newer = official.replace(renamedVillage, renamedVillage.replaceFirst(",([^,]+),4,", ",$1 Baru,4,"))
                + "15.71.01.2999,Kelurahan Percobaan,4,15.71.01\n";

        RegionImportReport dry = regionImporter.dryRun(new StringReader(newer));
        assertTrue(dry.applicable(), () -> "problems: " + dry.problems());
        assertEquals(1, dry.added());
        assertEquals(1, dry.renamed());
        assertEquals(0, dry.removed());
        assertFalse(dry.applied());
        assertTrue(regionDirectory.find("15.71.01.2999").isEmpty(), "a dry run changes nothing");

        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        RegionImportReport applied;
        try {
            applied = regionImporter.apply(new StringReader(newer));
        } finally {
            CausalContext.clearRequestCorrelation();
        }
        assertTrue(applied.applied());
        assertEquals("Kelurahan Percobaan", regionDirectory.find("15.71.01.2999").orElseThrow().name());
        assertEquals(List.of("platform.RegionChanged", "platform.RegionsImported"),
                outbox.byCorrelation(correlation).stream().map(OutboxEvent::type).sorted().toList(),
                "one summary for the file, one event per renamed region");

        RegionImportReport again = regionImporter.apply(new StringReader(newer));
        assertFalse(again.applied(), "the same file again changes nothing");
        assertEquals(0, again.added() + again.renamed() + again.moved() + again.removed());

        String broken = newer + "15.71.01.299,Kode Salah,4,15.71.01\n" + "15.71.99.2001,Yatim,4,15.71.99\n";
        RegionImportReport refused = regionImporter.apply(new StringReader(broken));
        assertFalse(refused.applied());
        assertEquals(2, refused.problems().size(), () -> refused.problems().toString());
        assertTrue(regionDirectory.find("15.71.01.2999").isPresent(), "all or nothing");

        RegionImportReport restored = regionImporter.apply(new StringReader(official));
        assertTrue(restored.applied());
        assertEquals(1, restored.removed());
        assertEquals(1, restored.renamed());
    }

    @Test
    @Order(11)
    void auditChainDetectsATamperedEntry() throws Exception {
        ChainVerification before = auditLog.verify();
        assertTrue(before.intact(), () -> "chain broken before tampering: " + before);
        assertTrue(before.checked() >= 3, "imports were audited");
        DataSource db = InitialContext.doLookup(PlatformStartup.DATA_SOURCE);
        long victim = before.checked() - 1;
        String original;
        try (Connection c = db.getConnection()) {
            try (PreparedStatement read = c.prepareStatement("select after_state from plt_audit_entry where seq = ?")) {
                read.setLong(1, victim);
                try (ResultSet rs = read.executeQuery()) {
                    assertTrue(rs.next());
                    original = rs.getString(1);
                }
            }
            updateAfterState(c, victim, "{\"tampered\":true}");
            ChainVerification tampered = auditLog.verify();
            assertFalse(tampered.intact());
            assertEquals(victim, tampered.brokenSeq());
            assertEquals(ChainVerification.Problem.HASH_MISMATCH, tampered.problem());
            updateAfterState(c, victim, original);
        }
        assertTrue(auditLog.verify().intact(), "restored");
    }

    @Test
    @Order(20)
    void agencyChangeIsAuditedAndPublishedOnceAndADuplicateNameIsRefused() {
        String name = "Polsek Uji " + UUID.randomUUID().toString().substring(0, 8);
        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        try {
            AgencySummary polresta = agencies.page(
                    new AgencyFilter("53.71", AgencyType.POLRES, "Polresta Kupang Kota", false), 0, 1).get(0);
            AgencySummary polsek = agencies.create(new AgencyDraft(AgencyType.POLSEK, name, "53.71.02",
                    polresta.id()));
            assertEquals("Polresta Kupang Kota", polsek.parentName());

            InvalidAgencyException duplicate = assertThrows(InvalidAgencyException.class, () -> agencies.create(
                    new AgencyDraft(AgencyType.POLSEK, "  " + name.toUpperCase() + " ", "53.71.02", null)));
            assertEquals(AgencyProblem.DUPLICATE_NAME, duplicate.problem());
            InvalidAgencyException level = assertThrows(InvalidAgencyException.class, () -> agencies.create(
                    new AgencyDraft(AgencyType.POLRES, name + " X", "53.71.02", null)));
            assertEquals(AgencyProblem.LEVEL_NOT_ALLOWED, level.problem());

            assertTrue(auditLog.page("53.71.02", "agency", 0, 20).stream().anyMatch(
                    e -> e.action().equals("agency.created") && e.subjectId().equals(polsek.id().toString())));
            List<OutboxEvent> events = outbox.byCorrelation(correlation);
            assertEquals(1, events.size(), "refused changes publish nothing");
            assertEquals("platform.AgencyChanged", events.get(0).type());
        } finally {
            CausalContext.clearRequestCorrelation();
        }
    }

    @Test
    @Order(21)
    @RunAsClient
    void kotaKupangSeesOnlyItsAgenciesOnThePageAndIsRefusedJambiByRest(@ArquillianResource URL url)
            throws Exception {
        PortalHttpSession admin = PortalHttpSession.logIn(url, "admin", DEMO_PASSWORD);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"")
                .matcher(admin.getJson("/api/agencies?prefix=15.71&type=POLRES").body());
        assertTrue(id.find());
        String jambiPolresId = id.group(1);

        PortalHttpSession kupangRest = PortalHttpSession.logIn(url, "sekretariat", DEMO_PASSWORD);
        assertTrue(kupangRest.getJson("/api/agencies?prefix=15.71").body().contains("\"total\":0"));
        assertEquals(403, kupangRest.getJson("/api/agencies/" + jambiPolresId).statusCode());

        try (BrowserSession kupang = new BrowserSession(url)) {
            kupang.logIn("sekretariat", DEMO_PASSWORD);
            kupang.waitForText("Beranda");
            kupang.open("/regions/agencies.xhtml");
            kupang.waitForText("Polresta Kupang Kota");
            assertFalse(kupang.pageText().contains("Polresta Jambi"), "Kota Jambi is outside the jurisdiction");
            assertTrue(kupang.pageText().contains("Tambah instansi"), "the secretariat may add agencies");
            kupang.screenshot("20-instansi-kota-kupang");
        }
        try (BrowserSession leadership = new BrowserSession(url)) {
            leadership.logIn("pimpinan", DEMO_PASSWORD);
            leadership.waitForText("Beranda");
            leadership.open("/regions/agencies.xhtml");
            leadership.waitForText("Polresta Kupang Kota");
            assertFalse(leadership.pageText().contains("Tambah instansi"), "no add button for leadership");
        }
    }

    @Test
    @Order(22)
    @RunAsClient
    void secretariatAddsAnAgencyAndIsToldWhatIsWrongInItsLanguage(@ArquillianResource URL url) throws Exception {
        String name = "Polsek Uji " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("sekretariat", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/regions/agencies.xhtml");
            browser.click("agencyForm:add");
            browser.waitForText("Instansi baru");
            browser.selectOneMenu("agencyDialogForm:type", "POLRES");
            browser.type("agencyDialogForm:name", name);
            browser.type("agencyDialogForm:region_input", "53.71.04");
            browser.click("agencyDialogForm:save");
            browser.waitForText("tidak dapat berada di tingkat kecamatan");
            browser.screenshot("21-instansi-tingkat-salah");

            browser.selectOneMenu("agencyDialogForm:type", "POLSEK");
            browser.click("agencyDialogForm:save");
            browser.waitForText("Instansi " + name + " tersimpan.");
        }
    }

    @Test
    @Order(30)
    void theLastNationalAdministratorCanBeNeitherDeactivatedNorDemoted() {
        RuleViolation deactivate = assertThrows(RuleViolation.class, () -> users.deactivate("admin"));
        assertEquals("user.refused.LAST_NATIONAL_ADMIN", deactivate.messageKey());
        RuleViolation demote = assertThrows(RuleViolation.class, () -> users.change("admin",
                new UserChange("Administrator Desk Pilkada", Set.of(Role.LEADERSHIP), Set.of(""))));
        assertEquals("user.refused.LAST_NATIONAL_ADMIN", demote.messageKey());
        RuleViolation narrow = assertThrows(RuleViolation.class, () -> users.change("admin",
                new UserChange("Administrator Desk Pilkada", Set.of(Role.ADMIN), Set.of("53"))));
        assertEquals("user.refused.LAST_NATIONAL_ADMIN", narrow.messageKey());

        UserSummary admin = users.find("admin");
        assertTrue(admin.active());
        assertEquals(List.of(Role.ADMIN), admin.roles());
    }

    @Test
    @Order(31)
    void aNewUserIsAnnouncedLocksAfterFailedLoginsAndIsUnlockedByAnAdministrator() {
        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        CreatedUser created;
        try {
            created = users.create(new NewUser("it.kupang", "IT Kesbangpol Kota Kupang", Set.of(Role.SECURITY),
                    Set.of("53.71", "53.71.01"), null));
        } finally {
            CausalContext.clearRequestCorrelation();
        }
        String password = created.generatedPassword();
        assertNotNull(password, "generated and shown once");
        assertEquals(List.of(new JurisdictionRegion("53.71", "Kota Kupang")), created.user().jurisdiction(),
                "53.71.01 lies inside 53.71");
        List<OutboxEvent> events = outbox.byCorrelation(correlation);
        assertEquals(List.of("platform.UserRoleChanged"), events.stream().map(OutboxEvent::type).toList());
        assertEquals("53.71", events.get(0).regionCode());
        assertFalse(events.get(0).body().contains(password));

        for (int i = 0; i < accounts.maxFailedLogins(); i++) {
            assertTrue(accounts.authenticate("it.kupang", "wrong-password-" + i).isEmpty());
        }
        assertTrue(accounts.isLocked("it.kupang"));
        assertTrue(accounts.authenticate("it.kupang", password).isEmpty(), "locked even with the right password");
        users.unlock("it.kupang");
        assertTrue(accounts.authenticate("it.kupang", password).isPresent());

        List<AuditRecord> trail = auditLog.page("53.71", "user", 0, 50).stream()
                .filter(r -> r.subjectId().equals("it.kupang")).toList();
        assertEquals(List.of("user.unlocked", "account.locked", "user.created"),
                trail.stream().map(AuditRecord::action).toList(), "newest first");
        assertTrue(trail.stream().noneMatch(r -> String.valueOf(r.after()).contains("PBKDF2")
                || String.valueOf(r.after()).contains(password)), "no hash and no password in the audit trail");
    }

    @Test
    @Order(32)
    void aProvincialAdministratorCannotReachOutsideTheProvince() {
        users.create(new NewUser("it.admin.ntt", "IT Admin Provinsi NTT", Set.of(Role.ADMIN), Set.of("53"),
                NTT_ADMIN_PASSWORD));
        assertTrue(accounts.authenticate("it.admin.ntt", NTT_ADMIN_PASSWORD).isPresent());
        RuleViolation weak = assertThrows(RuleViolation.class, () -> users.create(new NewUser("it.weak",
                "IT Weak", Set.of(Role.LOGISTICS), Set.of("53"), "it.weak-2024")));
        assertEquals("account.password.containsUsername", weak.messageKey());
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> users.create(new NewUser("it.nowhere",
                "IT Nowhere", Set.of(Role.LOGISTICS), Set.of("99.99"), null)));
        assertEquals("user.unknownRegion", unknown.messageKey());
    }

    @Test
    @Order(33)
    @RunAsClient
    void provincialAdministratorSeesAndListsOnlyUsersInsideTheProvince(@ArquillianResource URL url)
            throws Exception {
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("it.admin.ntt", NTT_ADMIN_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/admin/users.xhtml");
            browser.waitForText("it.kupang");
            String page = browser.pageText();
            assertTrue(page.contains("53.71 Kota Kupang"), page);
            assertFalse(page.contains("sekretariat.jambi"), "15.71 lies outside 53");
            assertFalse(page.contains("Administrator Desk Pilkada"), "a national account lies outside 53");
            browser.screenshot("30-pengguna-admin-provinsi");
        }
        String json = PortalHttpSession.logIn(url, "it.admin.ntt", NTT_ADMIN_PASSWORD)
                .getJson("/api/users?max=100").body();
        assertTrue(json.contains("\"username\":\"it.kupang\""), json);
        assertFalse(json.contains("sekretariat.jambi"), json);
        assertFalse(json.contains("PBKDF2"), json);
    }

    @Test
    @Order(34)
    @RunAsClient
    void administratorCreatesAUserWhoLogsInAndChangesThePassword(@ArquillianResource URL url) throws Exception {
        String password;
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("admin", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/admin/users.xhtml");
            browser.waitForText("Tambah pengguna");
            browser.click("usersForm:create");
            browser.type("userDialogForm:username", "it.jambi");
            browser.type("userDialogForm:fullName", "IT Kesbangpol Kota Jambi");
            browser.clickCss("label[for='userDialogForm:roles:1']");
            browser.typeKeys("userDialogForm:regions_input", "kota jambi");
            browser.clickCss("li.ui-autocomplete-item");
            browser.waitForText("15.71 Kota Jambi");
            browser.click("userDialogForm:save");
            password = browser.textOf("passwordDialogForm:issuedPassword");
            assertEquals(20, password.length(), password);
            browser.screenshot("31-kata-sandi-sekali");
            browser.click("passwordDialogForm:done");
            browser.waitForText("Pengguna it.jambi telah dibuat.");
        }
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("it.jambi", password);
            browser.waitForText("Beranda");
            browser.open("/account/password.xhtml");
            browser.type("passwordForm:current", password);
            browser.type("passwordForm:new", "Jambi-Baru-2024");
            browser.type("passwordForm:confirmation", "Jambi-Baru-2024");
            browser.click("passwordForm:change");
            browser.waitForText("Kata sandi telah diganti.");
            browser.screenshot("32-ganti-kata-sandi");
            browser.open("/admin/users.xhtml");
            browser.waitForText("Akses ditolak");
            assertTrue(browser.title().startsWith("403"), browser.title());
        }
        PortalHttpSession jambi = PortalHttpSession.logIn(url, "it.jambi", "Jambi-Baru-2024");
        String me = jambi.getJson("/api/me").body();
        assertTrue(me.contains("\"jurisdiction\":[\"15.71\"]") && me.contains("SECRETARIAT"), me);
        assertEquals(403, jambi.getJson("/api/users").statusCode());
    }

    @Test
    @Order(40)
    void demoTpsOfNttAndJambiPageInTheDatabaseAndAddUpPerRegion() {
        TpsTotals ntt = tps.totals(TpsFilter.activeUnder("53"));
        TpsTotals jambi = tps.totals(TpsFilter.activeUnder("15"));
        assertTrue(ntt.tps() > 5_000, "NTT demo TPS: " + ntt);
        assertTrue(jambi.tps() > 3_000, "Jambi demo TPS: " + jambi);

        List<TpsView> page = tps.page(TpsFilter.activeUnder("53.71"), 25, 25);
        assertEquals(25, page.size());
        assertTrue(page.stream().allMatch(t -> t.villageCode().startsWith("53.71.") && t.voters() <= 600));
        assertEquals("WITA", page.get(0).timeZone());
        List<String> keys = page.stream().map(t -> t.villageCode() + "/" + t.numberLabel()).toList();
        assertEquals(keys.stream().sorted().toList(), keys, "pages go by village code and number");

        List<RegionTotals> perKabKota = tps.totalsByChild("53");
        assertEquals(ntt.tps(), perKabKota.stream().mapToLong(RegionTotals::tps).sum());
        assertEquals(ntt.voters(), perKabKota.stream().mapToLong(RegionTotals::voters).sum());
    }

    @Test
    @Order(41)
    void tpsFileImportsOnceSingleChangesReachTheOutboxAndRegionsWithTpsCannotBeRemoved() throws Exception {
        String village = "53.71.01.1001";
        String file = "village_code,tps_number,voters,address,latitude,longitude\n"
                + village + ",901,321,\"Aula IT, RT 9\",-10.1772,123.5801\n";
        TpsImportReport first = tpsImporter.apply(new StringReader(file));
        assertTrue(first.applied(), first.toString());
        assertEquals(1, first.added());
        TpsImportReport again = tpsImporter.apply(new StringReader(file));
        assertFalse(again.applied(), "re-importing the same file changes nothing");
        assertEquals(1, again.unchanged());
        TpsImportReport bad = tpsImporter.dryRun(new StringReader(file.replace(",321,", ",601,")));
        assertEquals(List.of(2), bad.problems().stream().map(TpsProblem::rowNumber).toList());

        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        try {
            tps.update(village, 901, new TpsInput(null, null, 322, "Aula IT, RT 9", -10.1772, 123.5801))
                    .orElseThrow();
            tps.remove(village, 901).orElseThrow();
        } finally {
            CausalContext.clearRequestCorrelation();
        }
        List<OutboxEvent> changes = outbox.byCorrelation(correlation);
        assertEquals(List.of("platform.TpsChanged", "platform.TpsChanged"),
                changes.stream().map(OutboxEvent::type).toList());
        assertEquals("DIHAPUS", tps.find(village, 901).orElseThrow().status());

        String withoutVillage = bundledRegions().lines().filter(line -> !line.startsWith(village + ","))
                .collect(Collectors.joining("\n", "", "\n"));
        RegionImportReport removal = regionImporter.dryRun(new StringReader(withoutVillage));
        assertFalse(removal.applicable());
        assertTrue(removal.problems().stream().anyMatch(p -> p.kind() == ImportProblem.Kind.REGION_IN_USE
                && p.code().equals(village) && p.detail().endsWith("TPS")), removal.problems().toString());
    }

    @Test
    @Order(42)
    @RunAsClient
    void aKotaKupangUserNeitherReadsNorChangesKotaJambiTps(@ArquillianResource URL url) throws Exception {
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("keamanan", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            assertTrue(browser.fetch("GET", "/api/tps/15.71.01.1001/1", null).startsWith("403 "));
            assertTrue(browser.fetch("GET", "/api/tps?prefix=15.71", null).contains("\"total\":0"));
            assertTrue(browser.fetch("PUT", "/api/tps/53.71.01.1001/1",
                    "{\"voters\":300,\"address\":\"x\"}").startsWith("403 "), "only ADMIN writes");
            assertTrue(browser.fetch("GET", "/api/tps/53.71.01.1001/1", null).startsWith("200 "));

            browser.open("/regions/tps.xhtml");
            browser.waitForText("pemilih");
            assertFalse(browser.pageText().contains("TPS baru"), "no add button without ADMIN");
            browser.type("tpsForm:regionPrefix", "15.71");
            browser.click("tpsForm:applyFilter");
            browser.waitForText("0 TPS, 0 pemilih");
            browser.screenshot("40-tps-kupang-filter-jambi");
        }
    }

    @Test
    @Order(43)
    @RunAsClient
    void administratorImportsATpsFileAfterADryRunAndGeneratesSyntheticTps(@ArquillianResource URL url)
            throws Exception {
        Path bad = Files.createTempFile("tps-bad", ".csv");
        Files.writeString(bad, "village_code,tps_number,voters,address,latitude,longitude\n"
                + "53.71.01.1002,902,300,Balai Nunbaun,,\n"
                + "53.71.01.1002,903,700,Terlalu besar,,\n");
        Path good = Files.createTempFile("tps-good", ".csv");
        Files.writeString(good, "village_code,tps_number,voters,address,latitude,longitude\n"
                + "53.71.01.1002,902,300,Balai Nunbaun,,\n");
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("admin", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/admin/tps-import.xhtml");
            browser.waitForText("Pembangkit TPS sintetis");

            browser.upload("importForm:file_input", bad);
            browser.waitForText("Hasil pemeriksaan (belum disimpan)");
            assertEquals("1", browser.textOf("importForm:problemCount"));
            assertTrue(browser.pageText().contains("Jumlah pemilih \"700\" harus bilangan bulat 1 sampai 600."));
            browser.screenshot("41-tps-import-dry-run");

            browser.upload("importForm:file_input", good);
            browser.waitForText("Terapkan impor");
            browser.click("importForm:apply");
            browser.waitForText("Lanjutkan?");
            browser.clickText("Ya");
            browser.waitForText("Impor disimpan: 1 TPS baru");

            browser.type("generatorForm:regions", "53.71.01");
            browser.click("generatorForm:generate");
            browser.waitForText("Lanjutkan?");
            browser.clickText("Ya");
            browser.waitForText("Selesai:");
            browser.screenshot("42-tps-generator-done");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    @Test
    @Order(44)
    @RunAsClient
    void administratorDryRunsARegionFileInTheBrowser(@ArquillianResource URL url) throws Exception {
        Path file = Files.createTempFile("regions", ".csv");
        Files.writeString(file, "code,name,level,parent_code\n53,Nusa Tenggara Timur,1,\n53.7X,Salah,2,53\n");
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("admin", DEMO_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/admin/region-import.xhtml");
            browser.waitForText("Uji coba");
            browser.upload("importForm:file_input", file);
            browser.click("importForm:dryRun");
            browser.waitForText("Hasil uji coba");
            // the bad code, plus every used region this tiny file would remove (villages with TPS)
            assertTrue(Integer.parseInt(browser.textOf("problemCount")) > 1);
            assertTrue(browser.pageText().contains("Bentuk kode tidak valid: 53.7X"), browser.pageText());
            assertTrue(browser.pageText().contains("masih dipakai oleh"), "refused removals are listed");
            browser.screenshot("43-impor-wilayah-uji-coba");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void updateAfterState(Connection c, long seq, String value) throws Exception {
        try (PreparedStatement update = c.prepareStatement("update plt_audit_entry set after_state = ? where seq = ?")) {
            update.setString(1, value);
            update.setLong(2, seq);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String bundledRegions() throws Exception {
        try (InputStream in = PlatformStartup.class.getClassLoader().getResourceAsStream("regions/wilayah.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstRowOf(String csv, String codePrefix) {
        int start = csv.indexOf("\n" + codePrefix) + 1;
        return csv.substring(start, csv.indexOf('\n', start) + 1);
    }

    private static int statusOfAdminPageAs(String user, URL url) throws Exception {
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn(user, DEMO_PASSWORD);
            browser.waitForText("Beranda");
            browser.open("/admin/events.xhtml");
            return browser.pageText().contains("Outbox") ? 200 : (browser.title().contains("403")
                    || browser.pageText().contains("403") ? 403 : -1);
        }
    }

    private static String get(URL url, String accept) throws Exception {
        HttpURLConnection http = (HttpURLConnection) url.openConnection();
        http.setRequestProperty("Accept", accept);
        assertEquals(200, http.getResponseCode(), url.toString());
        try (InputStream in = http.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long pending(String correlation) {
        return outbox.byCorrelation(correlation).stream().filter(r -> r.status() == OutboxEvent.Status.PENDING)
                .count();
    }

    private void sendRaw(String body, String type) {
        sendRaw(body, type, UUID.randomUUID().toString());
    }

    /** Straight to the topic, past the outbox and without the broker's duplicate detection. */
    private void sendRaw(String body, String type, String eventId) {
        try (JMSContext ctx = connections.open(JMSContext.AUTO_ACKNOWLEDGE)) {
            ctx.createProducer().setProperty("type", type).setProperty("eventId", eventId)
                    .send(ctx.createTopic(connections.topic()), body);
        }
    }

    private static String envelope(UUID id, ShipmentDelayed event) {
        EventMetadata metadata = new EventMetadata(id, "logistics.ShipmentDelayed", 1, Instant.now(), "logistics",
                event.regionCode(), "test", UUID.randomUUID().toString(), null);
        return EventCodec.encode(new EventEnvelope(metadata, EventCodec.payloadOf(event)));
    }

    private static ShipmentDelayed delayed(String region, UUID shipment) {
        return new ShipmentDelayed(shipment, "KPG-" + shipment.toString().substring(0, 6), region, "banjir",
                "Jalan ke kelurahan tergenang", null);
    }

    private static ShipmentDispatched dispatched(String region, UUID shipment) {
        return new ShipmentDispatched(shipment, "KPG-" + shipment.toString().substring(0, 6), region,
                "GUDANG-5371", "PPS-" + region, Instant.now().plusSeconds(7200), true);
    }

    /** A made-up desa-level code under province 99 (which does not exist), unique per test. */
    private static String uniqueRegion() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("99.%02d.%02d.%04d", r.nextInt(100), r.nextInt(100), r.nextInt(10000));
    }
}
