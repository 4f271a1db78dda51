package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cross-module flow of election week, end to end in headless Chromium against the portal as {@code ./run.sh}
 * starts it (H2 file database, in-VM Artemis, demo data), by the people who do it — the three modules know nothing
 * of each other and meet only through events:
 * <ol>
 *   <li>KPU Kota Kupang's logistics officer sends a shipment off, marks it tertunda (banjir) at the flooded kelurahan
 *       and records
 *       the ballots a flood soaked at one of its TPS;</li>
 *   <li>security finds the escort task, assigns a team, reports a disaster (bencana) there, verifies it and
 *       escalates it to the Kota Kupang desk, and sees the shipment flagged at risk;</li>
 *   <li>the secretariat finds both as proposals on the next weekly Desk Pilkada meeting, accepts them, records a
 *       decision and action items for BPBD and KPU, submits; the chair approves; the notula's QR code verifies;</li>
 *   <li>leadership's dashboard shows the readiness dip, the incident and the action item once overdue; everyone's
 *       notifications arrived.</li>
 * </ol>
 * The steps share the scenario's facts in static fields and run in order; screenshots go to
 * {@code target/screenshots/e2e-*.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskPilkadaFlowIT {

    private static final String PASSWORD = "Pilkada2024!";
    private static final String SHIPMENT = "KPG-2024-0001";
    private static final Duration EVENTS = Duration.ofSeconds(45);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String ESCORT_TEAM = "Tim Sabhara Polresta Kupang Kota";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String INCIDENT = "Banjir merendam kelurahan (E2E " + RUN + ")";
    private static final String DECISION = "BPBD dan KPU memindahkan logistik ke tempat aman (E2E " + RUN + ")";
    private static final String BPBD_ACTION = "Evakuasi logistik dari TPS tergenang (E2E " + RUN + ")";
    private static final String KPU_ACTION = "Kirim surat suara pengganti (E2E " + RUN + ")";

    private static RunningPortal portal;
    private static long started;
    private static String shipmentId;
    private static String kelurahan;
    private static int floodedTps;
    private static String meetingId;

    @BeforeAll
    static void startThePortal() throws Exception {
        started = System.nanoTime();
        portal = RunningPortal.start("e2e");
    }

    @AfterAll
    static void stopThePortal() {
        if (portal != null) {
            portal.close();
        }
        System.out.printf("DeskPilkadaFlowIT: %d s including the portal's start%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static BrowserSession as(String username) {
        BrowserSession browser = new BrowserSession(portal.url());
        browser.logIn(username, PASSWORD);
        browser.waitForText("Keluar");
        return browser;
    }

    @Test
    @Order(1)
    void logisticsMarksTheShipmentToAFloodedKelurahanTertundaAndRecordsTheSoakedBallots() throws IOException {
        try (BrowserSession officer = as("logistik.kupang")) {
            officer.open("/logistics/shipments.xhtml");
            officer.clickText(SHIPMENT);
            officer.waitForText("Direncanakan");
            shipmentId = officer.currentPath().replaceAll(".*[?&]id=([^&]+).*", "$1");
            Map<?, ?> shipment = (Map<?, ?>) officer.fetchJson("/api/shipments/" + shipmentId);
            kelurahan = (String) shipment.get("regionCode");
            for (String step : List.of("DIKEMAS", "DIKIRIM")) {
                officer.selectOneMenu("shipmentForm:nextStatus", step);
                officer.click("shipmentForm:saveStatus");
                officer.waitForText("Status pengiriman disimpan");
            }

            officer.selectOneMenu("shipmentForm:nextStatus", "TERTUNDA");
            officer.selectOneMenu("shipmentForm:reason", "BANJIR");
            officer.type("shipmentForm:note", "Jalan ke kelurahan tergenang, truk menunggu air surut");
            officer.click("shipmentForm:saveStatus");
            officer.waitForText("Status pengiriman disimpan");
            officer.waitForText("Tertunda");
            officer.screenshot("e2e-1-shipment-tertunda");

            floodedTps = readyTpsIn(officer, kelurahan);
            String readinessPage = "/logistics/readiness.xhtml?r=" + kelurahan;
            officer.open(readinessPage);
            int readyBefore = Integer.parseInt(officer.textOf("ready"));
            long ballots = onHand(officer, "SURAT_SUARA");
            officer.open(String.format("/logistics/stock.xhtml?node=TPS%%20%03d%%20%s", floodedTps, kelurahan));
            officer.selectOneMenu("stockForm:damageItem", "SURAT_SUARA");
            officer.type("stockForm:damageQuantity_input", String.valueOf(ballots));
            officer.selectOneMenu("stockForm:damageReason", "BANJIR");
            officer.type("stockForm:damageNote", "Semua surat suara terendam di rumah KPPS");
            officer.click("stockForm:recordDamage");
            officer.waitForText("Kerusakan dicatat");
            officer.waitForText("TPS belum siap");
            officer.scrollTo("//*[@id='stockForm:readiness']");
            officer.screenshot("e2e-2-ballots-soaked");
            officer.open(readinessPage);
            assertEquals(readyBefore - 1, Integer.parseInt(officer.textOf("ready")),
                    "the TPS whose ballots were soaked is no longer ready");


        }
    }

    /** A TPS of the kelurahan whose full kit has arrived (the demo data makes most of them ready). */
    private static int readyTpsIn(BrowserSession browser, String village) {
        for (int number = 1; number <= 30; number++) {
            browser.open(String.format("/logistics/stock.xhtml?node=TPS%%20%03d%%20%s", number, village));
            browser.waitForText("Stok per simpul");
            if (browser.isPresent("//*[@id='stockForm:tpsReady']")) {
                return number;
            }
        }
        throw new AssertionError("no ready TPS among the first 30 of " + village);
    }

    /** Usable quantity of an item at the flooded TPS, as its readiness counts it. */
    private static long onHand(BrowserSession browser, String item) {
        Map<?, ?> stock = (Map<?, ?>) browser.fetchJson("/api/shipments/stock?kind=TPS&region=" + kelurahan
                + "&tps=" + floodedTps);
        return ((List<?>) stock.get("items")).stream().map(i -> (Map<?, ?>) i)
                .filter(i -> item.equals(i.get("itemCode")))
                .mapToLong(i -> ((Number) i.get("onHand")).longValue()).findFirst().orElseThrow();
    }

    @Test
    @Order(2)
    void securityEscortsTheShipmentAndEscalatesTheFloodToTheKotaKupangDesk() throws IOException {
        try (BrowserSession security = as("keamanan")) {
            String escorts = "/security/escorts.xhtml";
            String row = "//tr[td[contains(., '" + SHIPMENT + "')]]";
            // the demo's open flood report in Oesapa already flags the kelurahan the shipment waits for
            security.reopenUntilPresent(escorts, row + "//*[contains(@id, ':atRisk')]", EVENTS);
            assertTrue(security.textOfXPath(row).contains("Wilayah berisiko: Bencana"), security.textOfXPath(row));
            security.screenshot("e2e-3-escort-proposed-at-risk");
            security.clickInRow(SHIPMENT, "decide");
            security.type("decideForm:team", ESCORT_TEAM);
            security.pickDateTime("decideForm:start", LocalDateTime.now(WITA).plusHours(1).withSecond(0).withNano(0));
            security.click("decideForm:assign");
            security.waitForText("Tim ditugaskan untuk pengawalan " + SHIPMENT);
            security.screenshot("e2e-4-escort-assigned");

            IncidentDeskSteps.reportVerifyAndEscalateFlood(security, INCIDENT,
                    "Air setinggi 60 cm, dua TPS tidak bisa dipakai", kelurahan, "Dicek Bhabinkamtibmas di lokasi",
                    "Butuh BPBD dan KPU kota", "e2e-5");
            assertTrue(security.textOf("desk").endsWith("53.71"), security.textOf("desk"));
            security.screenshot("e2e-5-incident-escalated");

            security.open("/security/incidents.xhtml");
            security.waitForText(INCIDENT);
        }
    }

    @Test
    @Order(3)
    void theSecretariatTakesBothIntoTheNextDeskPilkadaAndTheChairApprovesTheMinutes() throws Exception {
        try (BrowserSession secretariat = as("sekretariat")) {
            meetingId = nextDeskPilkada(secretariat);
            String meetingPage = "/meeting/edit.xhtml?id=" + meetingId;
            secretariat.reopenUntilShown(meetingPage, INCIDENT, EVENTS);
            secretariat.waitForText(SHIPMENT);
            secretariat.scrollTo("//*[@id='meetingForm:proposalsPanel']");
            secretariat.screenshot("e2e-6-proposals");
            secretariat.clickInRow(SHIPMENT, "accept");
            secretariat.clickInRow(INCIDENT, "accept");
            String item = "//div[contains(@class, 'dp-agenda-item')][.//h3[contains(., '" + INCIDENT + "')]]";
            secretariat.typeInEditorWithin(item, "BPBD melaporkan genangan 60 cm di kelurahan; KPU menahan"
                    + " pengiriman " + SHIPMENT + " sampai air surut, dikawal Polresta.");
            secretariat.click(secretariat.idOf(item + "//button[contains(@id, ':saveMinutes')]"));
            secretariat.waitForText("Notula disimpan");
            secretariat.type(secretariat.idOf(item + "//input[contains(@id, ':decision')]"), DECISION);
            secretariat.click(secretariat.idOf(item + "//button[contains(@id, ':decide')]"));
            secretariat.waitForText(DECISION);
            LocalDate due = LocalDate.now(WITA).minusDays(1);
            assign(secretariat, item, BPBD_ACTION, "BPBD Kota Kupang", due);
            assign(secretariat, item, KPU_ACTION, "KPU Kota Kupang", due);
            secretariat.click("meetingForm:submitMinutes");
            secretariat.waitForText("Notula diajukan untuk disahkan");
            secretariat.scrollTo(item);
            secretariat.screenshot("e2e-7-minutes-submitted");
        }
        try (BrowserSession chair = as("pimpinan")) {
            chair.open("/meeting/edit.xhtml?id=" + meetingId);
            chair.click("meetingForm:approveMinutes");
            chair.waitForText("Notula disahkan dan dikunci");
            chair.scrollTo("//*[@id='meetingForm:approvalPanel']");
            chair.screenshot("e2e-8-minutes-approved");

            String verification = qrCodeOf(chair.fetchBytes("/api/meetings/" + meetingId + "/notula.pdf"));
            assertTrue(verification.contains("/verify.xhtml?m=" + meetingId), verification);
            chair.open(verification.substring(verification.indexOf("/verify.xhtml")));
            chair.waitForText("Dokumen ini SESUAI dengan notula yang disahkan.");
            chair.screenshot("e2e-9-notula-verified");
        }
    }

    private static void assign(BrowserSession secretariat, String item, String what, String agency, LocalDate due) {
        secretariat.type(secretariat.idOf(item + "//input[contains(@id, ':actionDescription')]"), what);
        secretariat.selectOneMenuByLabel(secretariat.idOf(item + "//div[contains(@id, ':actionOwner')"
                + " and contains(@class, 'ui-selectonemenu')]"), agency);
        secretariat.type(secretariat.idOf(item + "//input[contains(@id, ':actionPerson')]"), "Kepala " + agency);
        secretariat.pickDateTime(secretariat.idOf(item + "//input[contains(@id, ':actionDue_input')]")
                .replace("_input", ""), due.atStartOfDay());
        secretariat.click(secretariat.idOf(item + "//button[contains(@id, ':assign')]"));
        secretariat.waitForText(what);
    }

    /** The first weekly Desk Pilkada of Kota Kupang still ahead, whose minutes are still a draft. */
    private static String nextDeskPilkada(BrowserSession browser) {
        List<?> meetings = (List<?>) browser.fetchJson("/api/meetings?region=53.71&type=DESK_PILKADA_MINGGUAN"
                + "&from=" + LocalDate.now(WITA));
        return meetings.stream().map(m -> (Map<?, ?>) m)
                .filter(m -> "DRAF".equals(m.get("minutesStatus")))
                .min(Comparator.comparing(m -> (String) m.get("localStart")))
                .map(m -> (String) m.get("id"))
                .orElseThrow(() -> new AssertionError("no Desk Pilkada ahead in " + meetings));
    }

    private static String qrCodeOf(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)))).getText();
        }
    }

    @Test
    @Order(4)
    void leadershipSeesTheDipTheIncidentAndTheOverdueItemAndEveryoneWasNotified() throws IOException {
        try (BrowserSession admin = as("admin")) {
            // the hourly check, run now: the action items' due date (yesterday) has passed
            String checked = admin.fetch("POST", "/api/meetings/action-items/overdue-check", "");
            assertTrue(checked.startsWith("200 "), checked);
            admin.open("/admin/events.xhtml");
            admin.waitForText("Posisi dan antrean konsumen");
            admin.screenshot("e2e-0-admin-events");
        }
        try (BrowserSession leadership = as("pimpinan")) {
            String kupang = "/desk/dashboard.xhtml?r=53.71";
            leadership.reopenUntilShown(kupang, BPBD_ACTION, EVENTS);
            leadership.waitForText(KPU_ACTION);
            leadership.waitForText(SHIPMENT);
            String kecamatan = kelurahan.substring(0, 8);
            leadership.reopenUntilShown("/desk/dashboard.xhtml?r=" + kecamatan, "▼", EVENTS);
            leadership.scrollTo("//*[@id='deskForm:children']");
            leadership.screenshot("e2e-10-dashboard-kecamatan-dip");
            leadership.open(kupang);
            assertTrue(Integer.parseInt(leadership.textOf("actionsOverdue")) >= 2, leadership.textOf("actionsOverdue"));
            assertTrue(Integer.parseInt(leadership.textOf("incidentsOpen")) >= 1, leadership.textOf("incidentsOpen"));
            leadership.screenshot("e2e-11-dashboard-kota-kupang");

            leadership.open("/notifications.xhtml");
            leadership.waitForText("Pengiriman " + SHIPMENT + " tertunda");
            leadership.waitForText("Kejadian \"" + INCIDENT + "\"");
            leadership.waitForText("telah disahkan");
            leadership.screenshot("e2e-12-notifications-leadership");
        }
        try (BrowserSession kpu = as("logistik.kupang")) {
            String shipmentPage = "/logistics/shipment.xhtml?id=" + shipmentId;
            kpu.reopenUntilShown(shipmentPage, ESCORT_TEAM, EVENTS);
            kpu.waitForText("Wilayah berisiko");
            kpu.screenshot("e2e-13-shipment-escorted-at-risk");
            kpu.open("/notifications.xhtml");
            kpu.waitForText(KPU_ACTION);
            assertFalse(kpu.pageText().contains(BPBD_ACTION), "BPBD's item is not KPU's business");
            kpu.screenshot("e2e-14-notifications-kpu");
        }
        try (BrowserSession secretariat = as("sekretariat")) {
            secretariat.open("/notifications.xhtml");
            secretariat.waitForText("lewat batas waktu");
            secretariat.waitForText(BPBD_ACTION);
        }
    }
}
