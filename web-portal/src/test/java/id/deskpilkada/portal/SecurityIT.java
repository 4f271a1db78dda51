package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.deskpilkada.logistics.application.ShipmentService;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.platform.application.tps.TpsFilter;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.messaging.CausalContext;
import id.deskpilkada.platform.messaging.OutboxEvent;
import id.deskpilkada.platform.messaging.OutboxRepository;
import id.deskpilkada.security.application.DeploymentPlanning;
import id.deskpilkada.security.application.EscortView;
import id.deskpilkada.security.application.Escorts;
import id.deskpilkada.security.application.IncidentView;
import id.deskpilkada.security.application.IndexNodeView;
import id.deskpilkada.security.application.Incidents;
import id.deskpilkada.security.application.DeploymentPlanning;
import id.deskpilkada.security.application.Recomputation;
import id.deskpilkada.security.application.RegionIndexView;
import id.deskpilkada.security.application.RegionalIndex;
import id.deskpilkada.security.application.SecurityTasks;
import id.deskpilkada.security.application.TpsVulnerabilities;
import id.deskpilkada.security.application.TpsVulnerabilityView;
import id.deskpilkada.security.domain.CategoryCounts;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import id.deskpilkada.security.domain.IncidentReport;
import id.deskpilkada.security.domain.IncidentStatus;
import id.deskpilkada.security.domain.IncidentType;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.domain.Severity;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
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
 * The security module in the running portal on PostgreSQL: escort proposals from logistics events (and none
 * for a kurang rawan destination), incident workflow with escalation at once and by the timer, idempotent field
 * reports, checked attachments, region scope, the task list from meeting action items, a desk officer
 * reporting, verifying and escalating an incident in Chromium and finding it at the parent desk, and the figures
 * the desk reads (kab/kota counts, plan, index) in the outbox after a classification, a recomputation and scores.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    private static final String DEMO_PASSWORD = "Pilkada2024!";

    @Deployment
    static WebArchive deployment() {
        ItEnvironment.requirePostgres();
        return PortalDeployment.builtWar(SecurityIT.class, Poll.class, PortalHttpSession.class);
    }

    @Inject
    Incidents incidents;

    @Inject
    ShipmentService shipments;

    @Inject
    Escorts escorts;

    @Inject
    SecurityTasks tasks;

    @Inject
    TpsVulnerabilities vulnerabilities;

    @Inject
    DeploymentPlanning deployment;

    @Inject
    TpsService tps;


    @Inject
    RegionalIndex index;

    @Inject
    OutboxRepository outbox;

    @Inject
    EventPublisher publisher;

    @Inject
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/deskpilkada")
    DataSource db;

    private <T> T inTx(Supplier<T> work) throws Exception {
        tx.begin();
        try {
            return work.get();
        } finally {
            tx.commit();
        }
    }

    private TpsView tpsIn(String region, int index) throws Exception {
        return inTx(() -> tps.page(TpsFilter.activeUnder(region), index, 1).get(0));
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private void classify(TpsView tps, String category) throws SQLException {
        sql("delete from sec_tps_vulnerability where village_code = ? and tps_number = ?", tps.villageCode(),
                tps.number());
        sql("insert into sec_tps_vulnerability (village_code, tps_number, category, indicators, source,"
                + " assessed_by, assessed_at, version) values (?, ?, ?, '', 'MANUAL', 'it', ?, 1)",
                tps.villageCode(), tps.number(), category, LocalDateTime.now(ZoneOffset.UTC));
    }

    /** A real shipment planned and dispatched by logistics: its ShipmentDispatched travels through the broker. */
    private UUID dispatch(TpsView to) throws Exception {
        tx.begin();
        try {
            UUID id = shipments.plan(new ShipmentPlan("SEC-IT-" + UUID.randomUUID().toString().substring(0, 8),
                    new Node(NodeKind.PPS, to.villageCode(), 0), new Node(NodeKind.TPS, to.villageCode(),
                    to.number()), Map.of("TINTA", 2), null, "DH 2 IT", "Sopir IT", false,
                    LocalDateTime.now(ZoneOffset.UTC), LocalDateTime.now(ZoneOffset.UTC).plusHours(6)), null);
            shipments.changeStatus(id, shipments.find(id).version(), ShipmentStatus.DIKEMAS, null, null);
            shipments.changeStatus(id, shipments.find(id).version(), ShipmentStatus.DIKIRIM, null, null);
            return id;
        } finally {
            tx.commit();
        }
    }

    private List<EscortView> escortsFor(UUID shipment) {
        return escorts.page("", null, 0, 500).stream().filter(e -> e.shipmentId().equals(shipment)).toList();
    }

    @Test
    @Order(1)
    void aShipmentToASangatRawanTpsGetsAnEscortProposalAndAKurangRawanOneNone() throws Exception {
        TpsView dangerous = tpsIn("53.71.04", 0);
        TpsView quiet = tpsIn("15.71.01", 0);
        classify(dangerous, "SANGAT_RAWAN");
        classify(quiet, "KURANG_RAWAN");
        UUID toDanger = dispatch(dangerous);
        UUID toQuiet = dispatch(quiet);

        Poll.until(Duration.ofSeconds(30), () -> !escortsFor(toDanger).isEmpty(), () -> "escort proposed");
        EscortView proposal = escortsFor(toDanger).get(0);
        assertEquals("KATEGORI:SANGAT_RAWAN", proposal.why());
        assertEquals("53.71", proposal.polresRegion());
        assertEquals("DIUSULKAN", proposal.status());
        Poll.settle(Duration.ofSeconds(3));
        assertTrue(escortsFor(toQuiet).isEmpty(), "no escort into a kurang rawan TPS of a quiet area");

        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        tx.begin();
        escorts.assign(proposal.id(), proposal.version(), "Tim Sabhara 2 Polresta Kupang Kota",
                LocalDateTime.now(ZoneOffset.UTC).plusHours(1));
        tx.commit();
        assertEquals("DITUGASKAN", escortsFor(toDanger).get(0).status());
        assertTrue(outbox.byCorrelation(correlation).stream().map(OutboxEvent::type)
                .anyMatch("security.EscortAssigned"::equals), "EscortAssigned goes back to logistics");
        Poll.until(Duration.ofSeconds(30), () -> shipments.escortOf(toDanger).isPresent(),
                () -> "logistics shows the escort on the shipment");
        assertEquals("Tim Sabhara 2 Polresta Kupang Kota", shipments.escortOf(toDanger).orElseThrow().team());
    }

    @Test
    @Order(2)
    void aGraveIncidentGoesUpAtOnceAndAWaitingOneByTheTimer() throws Exception {
        TpsView place = tpsIn("53.71.02", 0);
        UUID grave = inTx(() -> incidents.report(new IncidentReport(IncidentType.KONFLIK_MASSA, Severity.TINGGI,
                "Bentrok IT", null, place.villageCode(), place.number(), null, null, null)));
        assertEquals("53.71", incidents.find(grave).deskRegion(), "a grave incident goes to the kab/kota desk");

        UUID waiting = inTx(() -> incidents.report(new IncidentReport(IncidentType.HOAKS, Severity.SEDANG,
                "Hoaks IT", null, place.villageCode(), 0, null, null, null)));
        assertEquals("53.71.02", incidents.find(waiting).deskRegion());
        inTx(() -> incidents.escalateDue());
        assertEquals("53.71.02", incidents.find(waiting).deskRegion(), "not due yet: it stays at its desk");
        sql("update sec_incident set at_desk_since = ? where id = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(121), waiting);
        inTx(() -> incidents.escalateDue());
        IncidentView escalated = incidents.find(waiting);
        assertEquals("53.71", escalated.deskRegion(), "unhandled for two hours: up to the kab/kota desk");
        assertTrue(escalated.timeline().stream().anyMatch(a -> a.kind().equals("ESKALASI")
                && "system".equals(a.actedBy())));

        tx.begin();
        incidents.moveTo(waiting, incidents.find(waiting).version(), IncidentStatus.TERVERIFIKASI, null);
        tx.commit();
        tx.begin();
        try {
            SecurityRuleViolation skip = assertThrows(SecurityRuleViolation.class,
                    () -> incidents.moveTo(waiting, incidents.find(waiting).version(), IncidentStatus.SELESAI, null));
            assertEquals(SecurityProblem.ILLEGAL_TRANSITION, skip.problem());
        } finally {
            tx.rollback();
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void fieldReportsAreIdempotentAttachmentsCheckedAndScopeKept(@ArquillianResource URL url) throws Exception {
        PortalHttpSession officer = PortalHttpSession.logIn(url, "keamanan", DEMO_PASSWORD);
        String request = UUID.randomUUID().toString();
        String body = "{\"clientRequestId\":\"" + request + "\",\"type\":\"BENCANA\",\"severity\":\"SEDANG\","
                + "\"title\":\"Longsor IT\",\"regionCode\":\"53.71.01\",\"tpsNumber\":0}";
        HttpResponse<String> first = officer.post("/api/incidents", "application/json", body);
        assertEquals(201, first.statusCode(), first.body());
        String id = first.body().replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> retry = officer.post("/api/incidents", "application/json", body);
        assertEquals(200, retry.statusCode(), retry.body());
        assertTrue(retry.body().contains("\"applied\":false") && retry.body().contains(id), retry.body());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        HttpResponse<String> photo = officer.postFile("/api/incidents/" + id + "/attachments", "image/png",
                "../foto longsor.png", png);
        assertEquals(201, photo.statusCode(), photo.body());
        HttpResponse<String> disguised = officer.postFile("/api/incidents/" + id + "/attachments", "image/jpeg",
                "foto.jpg", "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, disguised.statusCode(), disguised.body());
        assertTrue(disguised.body().contains("ATTACHMENT_TYPE") || disguised.body().contains("not a photo"),
                disguised.body());
        byte[] huge = new byte[6 * 1024 * 1024];
        huge[0] = '%';
        huge[1] = 'P';
        huge[2] = 'D';
        huge[3] = 'F';
        huge[4] = '-';
        HttpResponse<String> tooLarge = officer.postFile("/api/incidents/" + id + "/attachments",
                "application/pdf", "besar.pdf", huge);
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        String detail = officer.getJson("/api/incidents/" + id).body();
        assertTrue(detail.contains("foto longsor.png") && !detail.contains("besar.pdf"), detail);

        HttpResponse<String> outside = officer.post("/api/incidents", "application/json",
                body.replace(request, UUID.randomUUID().toString()).replace("53.71.01", "15.71.01"));
        assertEquals(403, outside.statusCode(), "Kota Jambi lies outside Polresta Kupang Kota: " + outside.body());
        PortalHttpSession jambi = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD);
        assertEquals(403, jambi.getJson("/api/incidents/" + id).statusCode());
    }

    @Test
    @Order(4)
    void actionItemsForSecurityAgenciesLandInTheirTaskList() throws Exception {
        UUID forPolres = UUID.randomUUID();
        UUID forKpu = UUID.randomUUID();
        tx.begin();
        publisher.publish(new ActionItemAssigned(forPolres, UUID.randomUUID(), "53.71", "Siagakan personel di TPS rawan",
                UUID.randomUUID(), "Polresta Kupang Kota", "POLRES", LocalDate.now().plusDays(3)));
        publisher.publish(new ActionItemAssigned(forKpu, UUID.randomUUID(), "53.71", "Kirim ulang surat suara",
                UUID.randomUUID(), "KPU Kota Kupang", "KPU", LocalDate.now().plusDays(3)));
        tx.commit();
        Poll.until(Duration.ofSeconds(30), () -> inTxQuietly(() -> tasks.page(true, 0, 500).stream()
                .anyMatch(t -> t.actionItemId().equals(forPolres))), () -> "the Polres task is listed");
        Poll.settle(Duration.ofSeconds(2));
        assertTrue(inTx(() -> tasks.page(false, 0, 500).stream().noneMatch(t -> t.actionItemId().equals(forKpu))),
                "a KPU action item is not security's");
    }

    @Test
    @Order(8)
    void classifyingComputingThePlanAndScoringTheIndexPublishTheFiguresOfTheDesk() throws Exception {
        TpsView place = tpsIn("53.71.05", 0);
        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        try {
            VulnerabilityCategory now = inTx(() -> vulnerabilities.find(place.villageCode(), place.number())
                    .map(TpsVulnerabilityView::category).orElse(null));
            VulnerabilityCategory next = now == VulnerabilityCategory.KHUSUS ? VulnerabilityCategory.RAWAN
                    : VulnerabilityCategory.KHUSUS;
            inTx(() -> vulnerabilities.classify(place.villageCode(), place.number(), next, List.of(), null));
            inTx(() -> deployment.recompute("53.71"));
            // the kab/kota's own scores entered again (the demo's), so that its index is stored as it was
            RegionIndexView kupang = inTx(() -> index.assessment("53.71"));
            Map<String, BigDecimal> scores = kupang.scores().isEmpty()
                    ? Map.of(kupang.model().stream().filter(IndexNodeView::indicator).findFirst().orElseThrow()
                    .code(), BigDecimal.valueOf(50))
                    : kupang.scores();
            inTx(() -> index.enterScores("53.71", scores));
        } finally {
            CausalContext.clearRequestCorrelation();
        }
        List<OutboxEvent> events = outbox.byCorrelation(correlation);
        List<String> types = events.stream().map(OutboxEvent::type).distinct().toList();
        List<String> deskTypes = List.of("security.VulnerabilityCountsChanged", "security.DeploymentPlanned",
                "security.VulnerabilityIndexComputed");
        assertTrue(types.contains("security.VulnerabilityAssessed") && types.containsAll(deskTypes),
                types.toString());
        List<OutboxEvent> deskFigures = events.stream().filter(e -> deskTypes.contains(e.type())).toList();
        assertEquals(3, deskFigures.size(), "one of each, all for Kota Kupang: " + types);
        assertTrue(deskFigures.stream().allMatch(e -> "53.71".equals(e.regionCode())));
        assertTrue(deskFigures.stream().filter(e -> e.type().endsWith("IndexComputed"))
                .allMatch(e -> e.body().matches("(?s).*\"level\"\\s*:\\s*\"(rendah|sedang|tinggi)\".*")),
                "levels in lower case");
    }

    private boolean inTxQuietly(Supplier<Boolean> work) {
        try {
            return inTx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void aDeskOfficerReportsVerifiesAndEscalatesAnIncidentAndFindsItAtTheParentDesk(@ArquillianResource URL url)
            throws Exception {
        String title = "Banjir Selenium " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("keamanan", DEMO_PASSWORD);
            IncidentDeskSteps.reportVerifyAndEscalateFlood(browser, title, "Air setinggi lutut di depan TPS", "53.71.03",
                    "Dicek di lokasi", "Butuh BPBD kota", "security-1");
            assertTrue(browser.textOf("desk").contains("53.71"), browser.textOf("desk"));
            browser.screenshot("security-2-escalated");

            browser.open("/security/incidents.xhtml");
            browser.typeKeys("incidentsForm:region_input", "53.71");
            browser.waitForAjax();
            browser.clickCss("#incidentsForm\\:region_panel li");
            browser.clickCss("#incidentsForm\\:atDeskOnly .ui-chkbox-box");
            browser.waitForText(title);
            browser.screenshot("security-3-parent-desk");
        }
    }

    @Test
    @Order(6)
    void theDemoKerawananAndRostersAreThereAHandClassificationIsVersionedAndARecomputeAnnouncesOnce()
            throws Exception {
        CategoryCounts ntt = vulnerabilities.counts("53").region();
        assertTrue(ntt.tps() > 0 && ntt.kurangRawan() > ntt.rawan() && ntt.rawan() > ntt.sangatRawan(),
                "realistic proportions in NTT: " + ntt);
        long nttPersonnel = total(deployment.plan("53").region().available())
                + total(deployment.plan("53").region().standby());
        assertEquals(28_508, nttPersonnel, "the NTT demo roster: Polri, TNI and Linmas, available and standby");

        TpsView tps = tpsIn("53.71.05", 1);
        long before = vulnerabilities.find(tps.villageCode(), tps.number()).map(TpsVulnerabilityView::version)
                .orElse(0L);
        TpsVulnerabilityView classified = inTx(() -> vulnerabilities.classify(tps.villageCode(), tps.number(),
                VulnerabilityCategory.SANGAT_RAWAN, List.of("konflik_lalu"), before));
        assertTrue(classified.version() > before, "every hand change raises the version");
        tx.begin();
        try {
            assertThrows(jakarta.persistence.OptimisticLockException.class, () -> vulnerabilities.classify(
                    tps.villageCode(), tps.number(), VulnerabilityCategory.RAWAN, List.of(), before));
        } finally {
            tx.rollback();
        }

        Recomputation first = inTx(() -> deployment.recompute("53"));
        Recomputation second = inTx(() -> deployment.recompute("53"));
        assertEquals(0, second.announced(), "an unchanged gap is not announced twice (first: " + first.announced()
                + ")");
    }

    private static long total(id.deskpilkada.security.domain.PersonnelNeed need) {
        return need.polri() + need.tni() + need.linmas();
    }

    @Test
    @Order(7)
    @RunAsClient
    void aKerawananFileWithBadRowsIsRefusedWithRowNumbersAndPlannersStayInTheirScope(@ArquillianResource URL url)
            throws Exception {
        PortalHttpSession officer = PortalHttpSession.logIn(url, "keamanan", DEMO_PASSWORD);
        HttpResponse<String> badFile = officer.post("/api/vulnerability/import", "text/csv",
                "village_code,tps_number,category,indicators\n53.71.05.9999,1,rawan,\n53.71.05.1001,1,aman,\n");
        assertEquals(422, badFile.statusCode(), badFile.body());
        assertTrue(badFile.body().contains("\"row\":2") && badFile.body().contains("\"row\":3"), badFile.body());
        assertEquals(403, officer.getJson("/api/deployment/plan/53").statusCode(),
                "Polresta Kupang Kota does not see the Polda's plan");
        assertEquals(200, officer.getJson("/api/deployment/plan/53.71").statusCode());
    }
}
