package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.deskpilkada.meeting.application.ActionItemView;
import id.deskpilkada.meeting.application.ActionItems;
import id.deskpilkada.meeting.application.AgendaProposal;
import id.deskpilkada.meeting.application.AgendaProposals;
import id.deskpilkada.meeting.application.MeetingDocuments;
import id.deskpilkada.meeting.application.MeetingMinutes;
import id.deskpilkada.meeting.application.MeetingPlanner;
import id.deskpilkada.meeting.application.MeetingQueries;
import id.deskpilkada.meeting.application.MeetingView;
import id.deskpilkada.meeting.application.MinutesApproval;
import id.deskpilkada.meeting.application.ScheduleOutcome;
import id.deskpilkada.meeting.domain.ActionItemStatus;
import id.deskpilkada.meeting.domain.Attendance;
import id.deskpilkada.meeting.domain.MeetingDetails;
import id.deskpilkada.meeting.domain.MeetingMode;
import id.deskpilkada.meeting.domain.MeetingProblem;
import id.deskpilkada.meeting.domain.MeetingRuleViolation;
import id.deskpilkada.meeting.domain.MeetingType;
import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.domain.agency.AgencyName;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.DiscrepancyReported;
import id.deskpilkada.platform.messaging.CausalContext;
import id.deskpilkada.platform.messaging.OutboxEvent;
import id.deskpilkada.platform.messaging.OutboxRepository;
import id.deskpilkada.platform.persistence.AgencyRepository;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The meeting module in the running portal on PostgreSQL: scheduling, minutes, approval with hash and public
 * verification, addenda, carry-over, overdue check, events, scope through REST and pages, and the secretariat's
 * and chair's whole flow in Chromium. Meetings are made at unique places so that the demo data does not count.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingIT {

    private static final String DEMO_PASSWORD = "Pilkada2024!";
    private static final LocalDateTime START = LocalDateTime.of(2024, 11, 19, 9, 0);

    @Deployment
    static WebArchive deployment() {
        ItEnvironment.requirePostgres();
        return PortalDeployment.builtWar(MeetingIT.class, Poll.class, PortalHttpSession.class);
    }

    @Inject
    MeetingPlanner planner;

    @Inject
    MeetingMinutes minutes;

    @Inject
    MinutesApproval approval;

    @Inject
    MeetingQueries queries;

    @Inject
    ActionItems actionItems;

    @Inject
    MeetingDocuments documents;

    @Inject
    AgendaProposals proposals;

    @Inject
    AgencyRepository agencies;

    @Inject
    OutboxRepository outbox;

    @Inject
    EventPublisher publisher;

    @Inject
    UserTransaction tx;

    @ArquillianResource
    URL base;

    private static String place() {
        return "Ruang Uji " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MeetingDetails details(String title, String place, LocalDateTime start) {
        return new MeetingDetails(title, MeetingType.DESK_PILKADA_MINGGUAN, MeetingMode.TATAP_MUKA, place, null,
                start, start.plusHours(2), "Penjabat Wali Kota Kupang", "Wali Kota (Pj.)", "pimpinan", "Yohanes Bria",
                "sekretariat");
    }

    private UUID agency(String region, String name) {
        try {
            tx.begin();
            try {
                return agencies.findByName(region, AgencyName.key(name)).orElseThrow();
            } finally {
                tx.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot look up agency " + name, e);
        }
    }

    @Test
    @Order(1)
    void scheduleInvitesAgenciesAroundTheRegionAndRefusesBadInputWithoutSavingAnything() {
        String place = place();
        UUID kpu = agency("53.71", "KPU Kota Kupang");
        UUID polda = agency("53", "Polda Nusa Tenggara Timur");
        UUID polsek = agency("53.71.03", "Polsek Kelapa Lima");
        UUID jambi = agency("15.71", "KPU Kota Jambi");
        long before = queries.count("53.71", place, null, null, null, null);

        assertProblem(MeetingProblem.AGENCY_OUTSIDE_REGION, () -> planner.schedule("53.71",
                details("Rakor uji", place, START), List.of(kpu, jambi), 1));
        assertProblem(MeetingProblem.END_BEFORE_START, () -> planner.schedule("53.71", new MeetingDetails("Rakor uji",
                null, MeetingMode.TATAP_MUKA, place, null, START, START.minusHours(1), null, null, null, null, null),
                List.of(kpu), 1));
        assertEquals(before, queries.count("53.71", place, null, null, null, null), "nothing saved half");

        ScheduleOutcome series = planner.schedule("53.71", details("Desk uji " + place, place, START),
                List.of(kpu, polda, polsek), 3);
        assertEquals(3, series.meetingIds().size());
        assertTrue(series.overlaps().isEmpty());
        MeetingView first = queries.view(series.meetingIds().get(0));
        assertEquals(3, first.participants().size());
        assertEquals("WITA", first.summary().timeZone());
        assertEquals(START, first.summary().localStart());
        assertEquals(START.plusWeeks(2), queries.view(series.meetingIds().get(2)).summary().localStart());

        ScheduleOutcome clash = planner.schedule("53.71", details("Bentrok", place, START.plusMinutes(30)),
                List.of(), 1);
        assertEquals(1, clash.overlaps().size(), "the same room at the same time is warned about");
    }

    @Test
    @Order(2)
    void minutesAreSanitizedApprovedLockedHashedAndVerifiedAndEventsArePublished() throws Exception {
        String place = place();
        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        UUID meeting;
        UUID item;
        try {
            UUID kpu = agency("53.71", "KPU Kota Kupang");
            UUID bpbd = agency("53.71", "BPBD Kota Kupang");
            meeting = planner.schedule("53.71", details("Rakor banjir " + place, place, START), List.of(kpu, bpbd), 1)
                    .meetingIds().get(0);
            MeetingView view = queries.view(meeting);
            planner.recordAttendance(meeting, view.participants().get(0).id(), Attendance.HADIR, null, null);
            planner.recordAttendance(meeting, view.participants().get(1).id(), Attendance.DIWAKILI, "Daniel Adoe",
                    "Kalak");
            planner.addWalkIn(meeting, null, "Palang Merah Indonesia", "Maria", "Relawan");
            item = minutes.addAgendaItem(meeting, "Banjir di Oesapa");
            minutes.writeMinutes(meeting, item, "<p onclick=\"x()\">Logistik <b>tertunda</b><script>alert(1)</script></p>");
            minutes.addReport(meeting, item, kpu, "logistik siap", new BigDecimal("97.5"), "%", null);
            minutes.decide(meeting, item, "Distribusi lewat jalur alternatif");
            assertProblem(MeetingProblem.AGENCY_OUTSIDE_REGION, () -> minutes.assign(meeting, item, "x",
                    agency("15.71", "KPU Kota Jambi"), null, LocalDate.of(2024, 11, 22)));
            minutes.assign(meeting, item, "Siapkan perahu karet", bpbd, "Daniel Adoe", LocalDate.of(2024, 11, 22));
            approval.submit(meeting);
            approval.approve(meeting);
        } finally {
            CausalContext.clearRequestCorrelation();
        }
        MeetingView approved = queries.view(meeting);
        assertEquals("DISAHKAN", approved.summary().minutesStatus());
        assertEquals(100, approved.attendancePercent());
        String html = approved.agenda().get(0).minutesHtml();
        assertTrue(html.contains("<b>tertunda</b>") && !html.contains("script") && !html.contains("onclick"), html);
        assertEquals(64, approved.contentHash().length());
        assertEquals(List.of("meeting.ActionItemAssigned", "meeting.FigureReported", "meeting.MeetingScheduled",
                        "meeting.MinutesApproved"),
                outbox.byCorrelation(correlation).stream().map(OutboxEvent::type).distinct().sorted().toList());
        String approvedMeeting = meeting.toString();
        assertTrue(outbox.byCorrelation(correlation).stream().anyMatch(e -> e.type().equals("meeting.FigureReported")
                && e.body().contains("logistik siap") && e.body().contains(approvedMeeting)),
                "the KPU's reported figure goes out with the approval");

        UUID agendaItem = item;
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> minutes.writeMinutes(meeting, agendaItem, "<p>ubah</p>"));
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, () -> approval.approve(meeting));

        assertTrue(approval.verify(meeting, approved.contentHash()).orElseThrow().matches());
        assertFalse(approval.verify(meeting, "0".repeat(64)).orElseThrow().matches(), "a wrong hash");
        DataSource db = InitialContext.doLookup(PlatformStartup.DATA_SOURCE);
        try (Connection c = db.getConnection();
             PreparedStatement tamper = c.prepareStatement("update mtg_agenda_item set minutes_html = ? where id = ?")) {
            tamper.setString(1, "<p>Logistik aman</p>");
            tamper.setObject(2, agendaItem);
            tamper.executeUpdate();
            assertFalse(approval.verify(meeting, approved.contentHash()).orElseThrow().matches(),
                    "a row changed behind the application no longer matches");
            tamper.setString(1, html);
            tamper.executeUpdate();
        }
        assertTrue(approval.verify(meeting, approved.contentHash()).orElseThrow().matches());

        UUID addendum = approval.addAddendum(meeting, "<p>Koreksi: PMI hadir dengan 2 relawan</p>");
        approval.submitAddendum(meeting, addendum);
        approval.approveAddendum(meeting, addendum);
        assertEquals("DISAHKAN", queries.view(meeting).addenda().get(0).status());
        assertTrue(approval.verify(meeting, approved.contentHash()).orElseThrow().matches(),
                "an addendum leaves the approved minutes' hash intact");

        byte[] pdf = documents.notula(meeting, "https://desk.example");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Rakor banjir") && text.contains("Selasa, 19 November 2024")
                    && text.contains("Penjabat Wali Kota Kupang") && text.contains("Yohanes Bria")
                    && text.contains("BPBD Kota Kupang") && text.contains("Siapkan perahu karet"), text);
        }
        String ics = documents.invitation(meeting, "https://desk.example");
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("UID:" + meeting), ics);
    }

    @Test
    @Order(3)
    void openActionItemsAreCarriedOverAndMarkedOverdueOnce() {
        String place = place();
        UUID kpu = agency("53.71", "KPU Kota Kupang");
        List<UUID> series = planner.schedule("53.71", details("Desk seri " + place, place, START), List.of(kpu), 2)
                .meetingIds();
        UUID item = minutes.addAgendaItem(series.get(0), "Logistik");
        UUID done = minutes.assign(series.get(0), item, "Selesai cepat", kpu, null, LocalDate.of(2024, 11, 20));
        UUID open = minutes.assign(series.get(0), item, "Masih berjalan " + place, kpu, null,
                LocalDate.of(2024, 11, 20));
        ActionItemView closing = queries.view(series.get(0)).actionItems().stream()
                .filter(a -> a.id().equals(done)).findFirst().orElseThrow();
        actionItems.progress(done, closing.version(), ActionItemStatus.SELESAI, "Sudah");
        assertThrows(RuntimeException.class, () -> actionItems.progress(done, closing.version(),
                ActionItemStatus.DALAM_PROSES, "stale"), "a stale version is refused");

        List<ActionItemView> carried = queries.view(series.get(1)).carriedOver();
        assertTrue(carried.stream().anyMatch(a -> a.id().equals(open)), "open item carried to the next meeting");
        assertFalse(carried.stream().anyMatch(a -> a.id().equals(done)), "closed item is not");

        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        try {
            assertTrue(actionItems.markOverdue(LocalDateTime.of(2024, 11, 21, 0, 0)) >= 1);
            assertEquals(0, actionItems.markOverdue(LocalDateTime.of(2024, 11, 22, 0, 0)), "published once");
        } finally {
            CausalContext.clearRequestCorrelation();
        }
        assertTrue(outbox.byCorrelation(correlation).stream()
                .anyMatch(e -> e.type().equals("meeting.ActionItemOverdue") && e.body().contains(open.toString())));
    }

    @Test
    @Order(4)
    void aReceiptDiscrepancyBecomesAProposalThatTheSecretariatAccepts() throws Exception {
        String region = String.format("53.71.05.%04d", ThreadLocalRandom.current().nextInt(3000, 10000));
        String shipment = "KRM-" + UUID.randomUUID().toString().substring(0, 6);
        tx.begin();
        publisher.publish(new DiscrepancyReported(UUID.randomUUID(), shipment, region, "SURAT_SUARA", 40, 3));
        tx.commit();
        Poll.until(Duration.ofSeconds(30), () -> pending(region).isPresent(), () -> "proposal from the event");
        AgendaProposal proposal = pending(region).orElseThrow();
        assertEquals("DISCREPANCY_REPORTED", proposal.kind());

        String place = place();
        UUID meeting = planner.schedule("53.71", details("Desk usulan " + place, place, START), List.of(), 1)
                .meetingIds().get(0);
        minutes.acceptProposal(meeting, proposal.id(), "Selisih " + shipment);
        assertEquals(proposal.id(), queries.view(meeting).agenda().get(0).proposalId(), "linked to its source");
        assertTrue(pending(region).isEmpty());
        assertProblem(MeetingProblem.PROPOSAL_DECIDED, () -> minutes.dropProposal(meeting, proposal.id()));
    }

    private java.util.Optional<AgendaProposal> pending(String region) {
        return proposals.pending(region, 0, 10).stream().findFirst();
    }

    @Test
    @Order(10)
    @RunAsClient
    void aKotaKupangUserCannotReadKotaJambiMeetingsAndTheVerificationPageIsPublic(@ArquillianResource URL url)
            throws Exception {
        PortalHttpSession kupang = PortalHttpSession.logIn(url, "sekretariat", DEMO_PASSWORD);
        PortalHttpSession jambi = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD);
        String jambiList = jambi.getJson("/api/meetings?region=15.71").body();
        String jambiMeeting = firstId(jambiList);
        assertEquals(403, kupang.getJson("/api/meetings/" + jambiMeeting).statusCode());
        assertEquals(403, kupang.get("/api/meetings/" + jambiMeeting + "/notula.pdf", "application/pdf").statusCode());
        assertFalse(kupang.getJson("/api/meetings").body().contains("Kota Jambi"), "lists stay in scope");
        assertEquals(403, kupang.get("/meeting/edit.xhtml?id=" + jambiMeeting, "text/html").statusCode(),
                "nor through the page");
        HttpResponse<String> own = jambi.getJson("/api/meetings/" + jambiMeeting);
        assertEquals(200, own.statusCode());
        String hash = own.body().replaceAll("(?s).*\"contentHash\":\"([0-9a-f]{64})\".*", "$1");
        HttpResponse<String> pdf = jambi.get("/api/meetings/" + jambiMeeting + "/notula.pdf", "application/pdf");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));

        PortalHttpSession anonymous = PortalHttpSession.anonymous(url);
        String page = anonymous.get("/verify.xhtml?m=" + jambiMeeting + "&h=" + hash, "text/html").body();
        assertTrue(page.contains("SESUAI") && page.contains("Rapat Koordinasi Kesiapan Pilkada Kota Jambi"), page);
        String wrong = anonymous.get("/verify.xhtml?m=" + jambiMeeting + "&h=" + "1".repeat(64), "text/html").body();
        assertTrue(wrong.contains("TIDAK SESUAI"), wrong);
    }

    @Test
    @Order(11)
    @RunAsClient
    void anAdministratorSetsTheAgencyAUserWorksForAndTheirActionItemsFollow(@ArquillianResource URL url)
            throws Exception {
        PortalHttpSession admin = PortalHttpSession.logIn(url, "admin", DEMO_PASSWORD);
        String kpu = firstId(admin.getJson("/api/agencies?prefix=15.71&text=KPU%20Kota%20Jambi").body());
        String kesbangpol = firstId(admin.getJson("/api/agencies?prefix=15.71&text=Kesatuan%20Bangsa").body());
        PortalHttpSession jambi = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD);
        String kesbangpolItem = "Sosialisasi partisipasi pemilih";
        assertTrue(jambi.get("/actions.xhtml", "text/html").body().contains(kesbangpolItem),
                "the demo links this user to Kesbangpol Kota Jambi, owner of an open item");

        HttpResponse<String> assigned = admin.put("/api/users/sekretariat.jambi/agency", "application/json",
                "{\"agencyId\":\"" + kpu + "\"}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertTrue(assigned.body().contains("\"agencyId\":\"" + kpu + "\""), assigned.body());
        assertFalse(jambi.get("/actions.xhtml", "text/html").body().contains(kesbangpolItem),
                "now KPU Kota Jambi's items (the demo's are done)");

        assertEquals(200, admin.put("/api/users/sekretariat.jambi/agency", "application/json",
                "{\"agencyId\":\"" + kesbangpol + "\"}").statusCode());
        assertTrue(jambi.get("/actions.xhtml", "text/html").body().contains(kesbangpolItem));
        assertEquals(403, PortalHttpSession.logIn(url, "sekretariat", DEMO_PASSWORD)
                .put("/api/users/sekretariat.jambi/agency", "application/json", "{\"agencyId\":null}").statusCode());
    }

    private static String firstId(String json) {
        return json.replaceAll("(?s)^.*?\"id\":\"([0-9a-f-]{36})\".*$", "$1");
    }

    @Test
    @Order(20)
    @RunAsClient
    void theSecretariatSchedulesWritesAndSubmitsAndTheChairApprovesInTheBrowser(@ArquillianResource URL url)
            throws Exception {
        String title = "Desk Pilkada uji peramban " + UUID.randomUUID().toString().substring(0, 6);
        String meetingUrl;
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("sekretariat", DEMO_PASSWORD);
            browser.open("/meeting/edit.xhtml");
            browser.typeKeys("meetingForm:region_input", "53.71");
            browser.clickCss("li[data-item-value^='53.71 ']");
            browser.waitForAjax();
            browser.type("meetingForm:title", title);
            browser.type("meetingForm:place", "Ruang Peramban " + title.substring(title.length() - 6));
            browser.pickDateTime("meetingForm:start", LocalDateTime.of(2024, 12, 10, 9, 0));
            browser.pickDateTime("meetingForm:end", LocalDateTime.of(2024, 12, 10, 11, 0));
            browser.type("meetingForm:chair", "Penjabat Wali Kota Kupang");
            browser.type("meetingForm:chairUser", "pimpinan");
            browser.type("meetingForm:notulis", "Yohanes Bria");
            browser.click("meetingForm:scheduleButton");
            browser.waitForText(title);
            meetingUrl = browser.currentPath();

            browser.selectOneMenuByLabel("meetingForm:inviteAgency", "KPU Kota Kupang");
            browser.click("meetingForm:invite");
            browser.waitForText("KPU Kota Kupang");
            browser.type("meetingForm:newAgendaTitle", "Kesiapan logistik");
            browser.click("meetingForm:addAgendaItem");
            browser.waitForText("1. Kesiapan logistik");
            browser.typeInEditor("KPU melaporkan logistik 98 persen siap.");
            browser.clickCss("[id$='saveMinutes']");
            browser.waitForText("Notula disimpan");
            browser.screenshot("meeting-1-minutes-written");
            browser.click("meetingForm:submitMinutes");
            browser.waitForText("Notula diajukan");
        }
        try (BrowserSession chair = new BrowserSession(url)) {
            chair.logIn("pimpinan", DEMO_PASSWORD);
            chair.open(meetingUrl);
            chair.click("meetingForm:approveMinutes");
            chair.waitForText("Notula disahkan dan dikunci");
            Path shot = chair.screenshot("meeting-2-approved");
            assertTrue(Files.size(shot) > 0);
            String pdf = chair.fetch("GET", "/api/meetings/" + meetingUrl.replaceAll(".*id=", "")
                    + "/notula.pdf", null);
            assertTrue(pdf.startsWith("200 %PDF"), "the approved notula downloads as PDF");
        }
    }

    static void assertProblem(MeetingProblem problem, Runnable action) {
        MeetingRuleViolation v = assertThrows(MeetingRuleViolation.class, action::run);
        assertEquals(problem, v.problem(), v::getMessage);
    }
}
