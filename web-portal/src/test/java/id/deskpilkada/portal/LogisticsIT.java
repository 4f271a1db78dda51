package id.deskpilkada.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.deskpilkada.logistics.application.CatalogueChange;
import id.deskpilkada.logistics.application.ItemCatalogue;
import id.deskpilkada.logistics.application.KitReadiness;
import id.deskpilkada.logistics.application.LateShipment;
import id.deskpilkada.logistics.application.LateShipments;
import id.deskpilkada.logistics.application.NodeStocks;
import id.deskpilkada.logistics.application.RegionBelowTarget;
import id.deskpilkada.logistics.application.RegionRisks;
import id.deskpilkada.logistics.application.RegionsBelowTarget;
import id.deskpilkada.logistics.application.ShipmentService;
import id.deskpilkada.logistics.application.ShipmentView;
import id.deskpilkada.logistics.domain.CatalogueProblem;
import id.deskpilkada.logistics.domain.CatalogueRuleViolation;
import id.deskpilkada.logistics.domain.ItemCount;
import id.deskpilkada.logistics.domain.ItemNeedChange;
import id.deskpilkada.logistics.domain.ItemReadiness;
import id.deskpilkada.logistics.domain.ItemSpec;
import id.deskpilkada.logistics.domain.ItemStock;
import id.deskpilkada.logistics.domain.NeedChanges;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.NodeStock;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.AuditRecord;
import id.deskpilkada.platform.application.tps.TpsFilter;
import id.deskpilkada.platform.application.tps.TpsInput;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.platform.domain.region.RegionLevel;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.security.IncidentReported;
import id.deskpilkada.platform.messaging.CausalContext;
import id.deskpilkada.platform.messaging.OutboxEvent;
import id.deskpilkada.platform.messaging.OutboxRepository;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
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
 * The logistics module in the running portal on PostgreSQL: shipments through the chain, receipts with
 * discrepancies, the incremental readiness read model against a recount (and a TPS's DPT raised above its kit
 * through platform.TpsChanged), idempotent field updates over REST, scope, the at-risk flag from a security
 * event, an officer receiving a shipment in Chromium, the printed berita acara and box labels of a demo shipment
 * over REST, a plan file checked row by row and applied all or nothing over REST, the stock at the nodes a
 * receipt moves, the late list with the regions below the readiness target, and the item catalogue: a
 * preview of needs against every TPS kit, readiness following an added and a retired item, and its rules.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogisticsIT {

    private static final String DEMO_PASSWORD = "Pilkada2024!";
    /** Kota Kupang: demo TPS without a full kit yet. */
    private static final String AREA = "53.71";

    @Deployment
    static WebArchive deployment() {
        ItEnvironment.requirePostgres();
        return PortalDeployment.builtWar(LogisticsIT.class, Poll.class, PortalHttpSession.class);
    }

    @Inject
    ShipmentService shipments;

    @Inject
    KitReadiness kits;

    @Inject
    ReadinessStore store;

    @Inject
    TpsService tps;

    @Inject
    OutboxRepository outbox;

    @Inject
    EventPublisher publisher;

    @Inject
    UserTransaction tx;

    @Inject
    RegionRisks risks;

    @Inject
    ItemCatalogue catalogue;

    @Inject
    AuditLog audit;

    @Inject
    NodeStocks stocks;

    @Inject
    LateShipments late;

    @Inject
    RegionsBelowTarget belowTarget;

    /** TPS of the area still without a full kit (the demo data leaves about one in twenty). */
    private List<TpsView> openTps(int count) throws Exception {
        List<TpsView> open = new java.util.ArrayList<>();
        for (int first = 0; open.size() < count && first < 20_000; first += TpsService.MAX_PAGE) {
            int from = first;
            open.addAll(inTx(() -> tps.page(TpsFilter.activeUnder(AREA), from, TpsService.MAX_PAGE).stream()
                    .filter(t -> !store.isReady(t.villageCode(), t.number())).toList()));
        }
        assertTrue(open.size() >= count, "the demo data leaves enough TPS without a kit in " + AREA);
        return open.subList(0, count);
    }

    private <T> T inTx(Supplier<T> work) throws Exception {
        tx.begin();
        try {
            return work.get();
        } finally {
            tx.commit();
        }
    }

    private UUID dispatched(TpsView target, Map<String, Integer> items) {
        UUID id = shipments.plan(new ShipmentPlan("IT-" + UUID.randomUUID().toString().substring(0, 8),
                new Node(NodeKind.PPS, target.villageCode(), 0), new Node(NodeKind.TPS, target.villageCode(),
                target.number()), items, "SG-IT", "DH 1 IT", "Sopir IT", false, now(), now().plusHours(2)), null);
        shipments.changeStatus(id, shipments.find(id).version(), ShipmentStatus.DIKEMAS, null, null);
        shipments.changeStatus(id, shipments.find(id).version(), ShipmentStatus.DIKIRIM, null, null);
        return id;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static Map<String, ItemCount> counts(Map<String, Integer> kit, String shortItem, int shortBy) {
        Map<String, ItemCount> counts = new HashMap<>();
        kit.forEach((item, q) -> counts.put(item, new ItemCount(item.equals(shortItem) ? q - shortBy : q, 0, 0)));
        return counts;
    }

    @Test
    @Order(1)
    void aShortReceiptReportsTheDiscrepancyAndTheReplacementCompletesTheKitAndReadiness() throws Exception {
        TpsView target = openTps(1).get(0);
        Map<String, Integer> kit = kits.kitOf(target.villageCode(), target.number());
        Readiness before = kits.of(target.villageCode()).region();
        String correlation = UUID.randomUUID().toString();
        CausalContext.bindRequestCorrelation(correlation);
        UUID first;
        try {
            first = dispatched(target, kit);
            long version = shipments.find(first).version();
            ShipmentRuleViolation tooMany = assertThrows(ShipmentRuleViolation.class, () -> shipments.receive(first,
                    version, counts(kit, "SURAT_SUARA", -1)));
            assertEquals(ShipmentProblem.RECEIVED_MORE_THAN_SENT, tooMany.problem());
            assertEquals(ShipmentStatus.DIKIRIM.name(), shipments.find(first).status(), "nothing half saved");
            shipments.receive(first, version, counts(kit, "SURAT_SUARA", 30));
        } finally {
            CausalContext.clearRequestCorrelation();
        }
        assertEquals("DITERIMA_SEBAGIAN", shipments.find(first).status());
        assertEquals(before, kits.of(target.villageCode()).region(), "a short kit is not ready");
        List<String> types = outbox.byCorrelation(correlation).stream().map(OutboxEvent::type).distinct().sorted()
                .toList();
        assertEquals(List.of("logistics.DiscrepancyReported", "logistics.ShipmentDispatched",
                "logistics.ShipmentReceived"), types);

        UUID replacement = dispatched(target, Map.of("SURAT_SUARA", 30));
        shipments.receive(replacement, shipments.find(replacement).version(), counts(Map.of("SURAT_SUARA", 30),
                "", 0));
        Readiness after = kits.of(target.villageCode()).region();
        assertEquals(before.tpsReady() + 1, after.tpsReady(), "the completed kit counts once");
        assertEquals(before.tpsTotal(), after.tpsTotal());
        assertTrue(inTx(() -> store.differencesFromRecount()).isEmpty());
    }

    @Test
    @Order(2)
    void theIncrementalReadinessEqualsARecountAfterRandomReceipts() throws Exception {
        Random random = new Random(20241127);
        List<TpsView> targets = openTps(12);
        for (TpsView target : targets) {
            Map<String, Integer> kit = kits.kitOf(target.villageCode(), target.number());
            UUID id = dispatched(target, kit);
            boolean complete = random.nextBoolean();
            shipments.receive(id, shipments.find(id).version(), counts(kit, "TINTA", complete ? 0 : 1));
        }
        List<String> differences = inTx(() -> store.differencesFromRecount());
        assertTrue(differences.isEmpty(), () -> "read model differs from a recount: " + differences);
    }

    private long itemReady(String region, String item) {
        return kits.of(region).items().stream().filter(i -> i.itemCode().equals(item)).findFirst()
                .map(ItemReadiness::tpsReady).orElseThrow();
    }

    private void changeVoters(TpsView target, int voters) {
        tps.update(target.villageCode(), target.number(), new TpsInput(null, null, voters, target.address(),
                target.latitude(), target.longitude()));
    }

    @Test
    @Order(3)
    void moreVotersThanItsKitCoversUnreadyATpsAndTheNationalFigureDropsUntilTheyAreBackDown() throws Exception {
        // a TPS with nothing received yet: stock left by the random receipts before would cover one voter more
        List<TpsView> candidates = openTps(20);
        TpsView target = inTx(() -> candidates.stream().filter(t -> t.voters() < 600)
                .filter(t -> store.stock(t.villageCode(), t.number()).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("an open TPS without stock")));
        Map<String, Integer> kit = kits.kitOf(target.villageCode(), target.number());
        UUID id = dispatched(target, kit);
        shipments.receive(id, shipments.find(id).version(), counts(kit, "", 0));
        Readiness ready = kits.of("").region();
        long ballotsReady = itemReady("", "SURAT_SUARA");
        long boxesReady = itemReady("", "KOTAK_SUARA");
        assertTrue(inTx(() -> store.isReady(target.villageCode(), target.number())));

        changeVoters(target, target.voters() + 1);

        Poll.until(Duration.ofSeconds(30), () -> kits.of("").region().tpsReady() == ready.tpsReady() - 1,
                () -> "platform.TpsChanged un-readies the TPS whose ballots no longer suffice");
        assertFalse(inTx(() -> store.isReady(target.villageCode(), target.number())));
        assertEquals(ready.tpsTotal(), kits.of("").region().tpsTotal());
        assertEquals(ballotsReady - 1, itemReady("", "SURAT_SUARA"));
        assertEquals(boxesReady, itemReady("", "KOTAK_SUARA"), "its boxes still suffice");
        assertTrue(inTx(() -> store.differencesFromRecount()).isEmpty());

        changeVoters(target, target.voters());

        Poll.until(Duration.ofSeconds(30), () -> kits.of("").region().tpsReady() == ready.tpsReady(),
                () -> "back to its old DPT the TPS is ready again");
        assertTrue(inTx(() -> store.differencesFromRecount()).isEmpty());
    }

    @Test
    @Order(4)
    void aDisasterInTheRegionFlagsItsShipmentsAtRisk() throws Exception {
        // a TPS no open incident covers yet (the demo's flood, or incidents of other tests, may cover some)
        List<TpsView> candidates = openTps(40);
        java.util.Set<String> flagged = risks.atRisk(candidates.stream().map(TpsView::villageCode).toList());
        TpsView target = candidates.stream().filter(t -> !flagged.contains(t.villageCode())).findFirst()
                .orElseThrow(() -> new AssertionError("a TPS outside every flagged region"));
        UUID id = dispatched(target, Map.of("TINTA", 2));
        assertFalse(shipments.find(id).atRisk());
        tx.begin();
        publisher.publish(new IncidentReported(UUID.randomUUID(), target.villageCode(), "bencana", "tinggi",
                "Banjir IT"));
        tx.commit();
        Poll.until(Duration.ofSeconds(30), () -> shipments.find(id).atRisk(), () -> "shipment flagged at risk");
    }

    @Test
    @Order(5)
    void prepareAShipmentForTheFieldAndTheBrowser() throws Exception {
        TpsView target = openTps(1).get(0);
        Map<String, Integer> kit = kits.kitOf(target.villageCode(), target.number());
        UUID id = dispatched(target, kit);
        ShipmentView view = shipments.find(id);
        // the client steps share this through a file: Arquillian runs them in another JVM
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "deskpilkada-it-shipment"), id + " " + view.version() + " " + target.villageCode() + " "
                + target.number());
    }

    private static String[] prepared() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "deskpilkada-it-shipment")).split(" ");
    }

    @Test
    @Order(6)
    @RunAsClient
    void fieldUpdatesAreIdempotentAndStaleOnesConflict(@ArquillianResource URL url) throws Exception {
        String[] shipment = prepared();
        PortalHttpSession officer = PortalHttpSession.logIn(url, "logistik", DEMO_PASSWORD);
        String request = UUID.randomUUID().toString();
        String body = "{\"clientRequestId\":\"" + request + "\",\"expectedVersion\":" + shipment[1]
                + ",\"status\":\"DALAM_PERJALANAN\"}";
        HttpResponse<String> first = officer.post("/api/shipments/" + shipment[0] + "/status", "application/json", body);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"applied\":true"), first.body());
        HttpResponse<String> retry = officer.post("/api/shipments/" + shipment[0] + "/status", "application/json", body);
        assertEquals(200, retry.statusCode(), retry.body());
        assertTrue(retry.body().contains("\"applied\":false"), "a retry has no second effect: " + retry.body());
        HttpResponse<String> stale = officer.post("/api/shipments/" + shipment[0] + "/status", "application/json",
                body.replace(request, UUID.randomUUID().toString()).replace("DALAM_PERJALANAN", "TERTUNDA")
                        .replace("}", ",\"reason\":\"BANJIR\"}"));
        assertEquals(409, stale.statusCode(), stale.body());
        String current = first.body().replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        HttpResponse<String> skip = officer.post("/api/shipments/" + shipment[0] + "/status", "application/json",
                "{\"clientRequestId\":\"" + UUID.randomUUID() + "\",\"expectedVersion\":" + current
                        + ",\"status\":\"DIRENCANAKAN\"}");
        assertEquals(400, skip.statusCode(), skip.body());
        assertTrue(skip.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        PortalHttpSession jambi = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD);
        assertEquals(403, jambi.getJson("/api/shipments/" + shipment[0]).statusCode(), "outside Kota Jambi");
    }

    @Test
    @Order(7)
    @RunAsClient
    void anOfficerReceivesTheShipmentInTheBrowserAndReadinessMoves(@ArquillianResource URL url) throws Exception {
        String[] shipment = prepared();
        String village = shipment[2];
        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("logistik", DEMO_PASSWORD);
            browser.open("/logistics/readiness.xhtml?r=" + village);
            browser.waitForText("TPS siap");
            int readyBefore = Integer.parseInt(browser.textOf("ready"));
            browser.open("/logistics/shipment.xhtml?id=" + shipment[0]);
            browser.waitForText("Dalam perjalanan");
            browser.screenshot("logistics-1-shipment");
            browser.click("shipmentForm:receive");
            browser.waitForText("Penerimaan dicatat");
            browser.waitForText("Diterima");
            browser.screenshot("logistics-2-received");
            browser.open("/logistics/readiness.xhtml?r=" + village);
            browser.waitForText("TPS siap");
            assertEquals(readyBefore + 1, Integer.parseInt(browser.textOf("ready")), "the TPS now counts as ready");
            browser.screenshot("logistics-3-readiness");
        }
    }

    @Test
    @Order(8)
    @RunAsClient
    void theBeritaAcaraAndBoxLabelsOfADemoShipmentPrintAsPdf(@ArquillianResource URL url) throws Exception {
        PortalHttpSession officer = PortalHttpSession.logIn(url, "logistik", DEMO_PASSWORD);
        // The demo's Kota Kupang shipment received short: ten boxes sealed SG-1060 s/d SG-1069
        HttpResponse<String> received = officer.getJson("/api/shipments?region=" + AREA
                + "&status=DITERIMA_SEBAGIAN&max=100");
        assertEquals(200, received.statusCode(), received.body());
        JsonObject demo = Json.createReader(new StringReader(received.body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("number").startsWith("KPG-2024-"))
                .findFirst().orElseThrow(() -> new AssertionError("no demo shipment received short"));
        String shipment = "/api/shipments/" + demo.getString("id");

        HttpResponse<byte[]> beritaAcara = officer.getBytes(shipment + "/berita-acara.pdf", "application/pdf");
        assertEquals(200, beritaAcara.statusCode());
        assertEquals("application/pdf", beritaAcara.headers().firstValue("Content-Type").orElse(""));
        assertTrue(beritaAcara.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"berita-acara-" + demo.getString("number") + ".pdf\""));
        String text = pdfText(beritaAcara.body());
        assertTrue(text.contains("BERITA ACARA SERAH TERIMA LOGISTIK PEMILIHAN")
                && text.contains("Diterima sebagian") && text.contains("WITA"), text);

        HttpResponse<byte[]> labels = officer.getBytes(shipment + "/labels.pdf", "application/pdf");
        assertEquals(200, labels.statusCode());
        assertEquals("application/pdf", labels.headers().firstValue("Content-Type").orElse(""));
        String labelText = pdfText(labels.body());
        assertTrue(labelText.contains("Kotak 1 dari 10") && labelText.contains("Kotak 10 dari 10"),
                labelText);

        PortalHttpSession jambi = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD);
        assertEquals(403, jambi.getBytes(shipment + "/berita-acara.pdf", "application/pdf").statusCode(),
                "outside Kota Jambi");
    }

    /** Checks the "%PDF" header, then reads the text back with PDFBox. */
    private static String pdfText(byte[] pdf) throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @Order(9)
    @RunAsClient
    void aPlanFileIsCheckedRowByRowAndAppliedAllOrNothing(@ArquillianResource URL url) throws Exception {
        String[] prepared = prepared();
        String village = prepared[2];
        String tps = prepared[3];
        String run = "IT-IMP-" + UUID.randomUUID().toString().substring(0, 6);
        String header = "number,from_kind,from_region,to_kind,to_region,to_tps,item_code,quantity,seals,vehicle,"
                + "driver,escort_needed,departure,eta\n";
        String first = run + "-1,PPS," + village + ",TPS," + village + "," + tps
                + ",TINTA,2,SG-IT-1,DH 1 IT,Sopir IT,ya,2024-11-25T08:00,2024-11-25T10:00\n"
                + run + "-1,,,,,,SEGEL,20,,,,,,\n";
        String second = run + "-2,PPS," + village + ",TPS," + village + ",";
        String rest = ",TINTA,1,,,,tidak,2024-11-25 09:00,2024-11-25 11:00\n";
        PortalHttpSession officer = PortalHttpSession.logIn(url, "logistik", DEMO_PASSWORD);
        String listed = "/api/shipments?region=" + village + "&max=500";

        PortalHttpSession jambi = PortalHttpSession.logIn(url, "sekretariat.jambi", DEMO_PASSWORD);
        assertEquals(403, jambi.post("/api/shipments/import", "text/csv", header).statusCode(), "officers only");

        String unknownTpsFile = header + first + second + "999" + rest;
        HttpResponse<String> unknownTps = officer.post("/api/shipments/import", "text/csv", unknownTpsFile);
        assertEquals(422, unknownTps.statusCode(), unknownTps.body());
        assertTrue(unknownTps.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(unknownTps.body().contains("\"row\":4")
                && unknownTps.body().contains("\"code\":\"UNKNOWN_TPS\""), "row of the TPS: " + unknownTps.body());
        assertEquals(422, officer.post("/api/shipments/import?apply=true", "text/csv", unknownTpsFile).statusCode());
        assertFalse(officer.getJson(listed).body().contains(run), "nothing of the file was created");

        String good = header + first + second + tps + rest;
        HttpResponse<String> dryRun = officer.post("/api/shipments/import", "text/csv", good);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertTrue(dryRun.body().contains("\"applied\":false") && dryRun.body().contains("\"shipments\":2")
                && dryRun.body().contains("\"lines\":3"), dryRun.body());
        assertFalse(officer.getJson(listed).body().contains(run), "a dry run creates nothing");

        HttpResponse<String> applied = officer.post("/api/shipments/import?apply=true", "text/csv", good);
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"applied\":true"), applied.body());
        String shipments = officer.getJson(listed).body();
        assertTrue(shipments.contains(run + "-1") && shipments.contains(run + "-2"), shipments);
        assertTrue(shipments.contains("\"departureUtc\":\"2024-11-25T00:00"), "08:00 WITA = 00:00 UTC: " + shipments);

        HttpResponse<String> again = officer.post("/api/shipments/import?apply=true", "text/csv", good);
        assertEquals(422, again.statusCode(), again.body());
        assertTrue(again.body().contains("DUPLICATE_NUMBER"), again.body());
    }

    @Test
    @Order(10)
    void aReceiptShowsInTheStockOfTheReceivingNodeAndInWhatTheSenderSent() throws Exception {
        TpsView target = openTps(1).get(0);
        Map<String, Integer> kit = kits.kitOf(target.villageCode(), target.number());
        // the TPS and its PPS may hold shipments of the steps before: compare before and after
        NodeStock tpsBefore = stocks.of(NodeKind.TPS, target.villageCode(), target.number());
        NodeStock ppsBefore = stocks.of(NodeKind.PPS, target.villageCode(), 0);
        UUID id = dispatched(target, kit);
        NodeStock ppsDispatched = stocks.of(NodeKind.PPS, target.villageCode(), 0);
        shipments.receive(id, shipments.find(id).version(), counts(kit, "TINTA", 1));

        NodeStock tpsAfter = stocks.of(NodeKind.TPS, target.villageCode(), target.number());
        NodeStock ppsAfter = stocks.of(NodeKind.PPS, target.villageCode(), 0);
        kit.forEach((item, quantity) -> {
            int arrived = item.equals("TINTA") ? quantity - 1 : quantity;
            assertEquals(item(tpsBefore, item).received() + arrived, item(tpsAfter, item).received(),
                    "received at the TPS: " + item);
            assertEquals(item(tpsAfter, item).received(), item(tpsAfter, item).onHand(), "a TPS sends nothing on");
            assertEquals(item(ppsBefore, item).sent() + quantity, item(ppsDispatched, item).sent(),
                    "sent from the PPS once dispatched: " + item);
            assertEquals(item(ppsDispatched, item).sent(), item(ppsAfter, item).sent(), "a receipt changes no sender");
        });
        ShipmentRuleViolation noNode = assertThrows(ShipmentRuleViolation.class,
                () -> stocks.of(NodeKind.PPK, target.villageCode(), 0));
        assertEquals(ShipmentProblem.BAD_NODE, noNode.problem());
    }

    private static ItemStock item(NodeStock stock, String itemCode) {
        return stock.items().stream().filter(i -> i.itemCode().equals(itemCode)).findFirst().orElseThrow();
    }

    @Test
    @Order(11)
    void theLateListHoldsTheDemoShipmentPastItsEtaAndTheRegionsBelowTargetCountDaysToVotingDay() {
        // KPG-2024-0001 was planned at start-up with an ETA two hours before it and never left
        List<LateShipment> page = late.page("", 0, 100);
        LateShipment planned = page.stream().filter(s -> s.number().equals("KPG-2024-0001")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo shipment past its ETA is on the late list: " + page));
        assertEquals("DIRENCANAKAN", planned.status());
        assertTrue(planned.lateness().hours() >= 2, "at least two hours late: " + planned.lateness());
        for (int i = 1; i < page.size(); i++) {
            assertFalse(page.get(i).etaUtc().isBefore(page.get(i - 1).etaUtc()), "the longest overdue first");
        }
        assertTrue(late.count("") >= page.size());
        assertTrue(late.page("15.71", 0, 100).isEmpty(), "no Kota Jambi shipment is late");

        List<RegionBelowTarget> kabKota = belowTarget.page(RegionLevel.KABUPATEN_KOTA, "53", 0, 100);
        RegionBelowTarget kupang = kabKota.stream().filter(r -> r.regionCode().equals(AREA)).findFirst()
                .orElseThrow(() -> new AssertionError("Kota Kupang (about 90%) is below 100%: " + kabKota));
        assertTrue(kupang.tpsShort() > 0 && kupang.tpsShort() == kupang.tpsTotal() - kupang.tpsReady());
        assertEquals(belowTarget.votingDay().label(java.time.Instant.now(), AREA), kupang.votingDayLabel());
        assertTrue(kabKota.stream().allMatch(r -> r.regionCode().startsWith("53.") && r.regionCode().length() == 5));
        for (int i = 1; i < kabKota.size(); i++) {
            assertFalse(kabKota.get(i).percent() < kabKota.get(i - 1).percent(), "the least ready first");
        }
        assertEquals(kabKota.size(), belowTarget.count(RegionLevel.KABUPATEN_KOTA, "53"));
    }

    @Test
    @Order(12)
    @RunAsClient
    void anOfficerReadsTheStockOverRestAndOpensTheLateList(@ArquillianResource URL url) throws Exception {
        String village = prepared()[2];
        PortalHttpSession officer = PortalHttpSession.logIn(url, "logistik", DEMO_PASSWORD);
        HttpResponse<String> stock = officer.getJson("/api/shipments/stock?kind=PPS&region=" + village);
        assertEquals(200, stock.statusCode(), stock.body());
        assertTrue(stock.body().contains("\"sent\"") && stock.body().contains("\"onHand\""), stock.body());
        HttpResponse<String> noNode = officer.getJson("/api/shipments/stock?kind=PPK&region=" + village);
        assertEquals(400, noNode.statusCode(), noNode.body());
        HttpResponse<String> page = officer.get("/logistics/late.xhtml", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("KPG-2024-0001") && page.body().contains("Ekspor Excel"), page.body());
    }

    /** A kecamatan of Kota Kupang with demo TPS, for the catalogue's checks. */
    private static final String KECAMATAN = "53.71.05";

    private static ItemSpec ballotsWithReserve(String reservePercent) {
        return new ItemSpec("SURAT_SUARA", "Surat suara", "lembar", 0, BigDecimal.ONE, new BigDecimal(reservePercent),
                true);
    }

    /** ceil(voters × (100 + reserve‰ / 10) / 100), by hand in per mille: 2.5% is 1025 per mille of a voter. */
    private static long ballotsPerElection(int voters, int perMille) {
        return (voters * (long) perMille + 999) / 1000;
    }

    private List<TpsView> allTps(String prefix) throws Exception {
        List<TpsView> all = new java.util.ArrayList<>();
        for (int first = 0; ; first += TpsService.MAX_PAGE) {
            int from = first;
            List<TpsView> page = inTx(() -> tps.page(TpsFilter.activeUnder(prefix), from, TpsService.MAX_PAGE));
            all.addAll(page);
            if (page.size() < TpsService.MAX_PAGE) {
                return all;
            }
        }
    }

    @Test
    @Order(13)
    void aPreviewOfAHigherBallotReserveAddsUpLikeEveryTpsKitOfTheKecamatan() throws Exception {
        List<TpsView> kecamatan = allTps(KECAMATAN);
        assertFalse(kecamatan.isEmpty(), "demo TPS in " + KECAMATAN);
        int elections = catalogue.electionsIn(KECAMATAN.substring(0, 5)); // settings stop at the kab/kota
        Map<String, Long> kitsBefore = new HashMap<>();
        long ballotsBefore = 0;
        long ballotsAfter = 0;
        long tpsChanged = 0;
        for (TpsView t : kecamatan) {
            kits.kitOf(t.villageCode(), t.number())
                    .forEach((item, need) -> kitsBefore.merge(item, (long) need, Long::sum));
            long before = ballotsPerElection(t.voters(), 1025) * elections;
            long after = ballotsPerElection(t.voters(), 1030) * elections;
            ballotsBefore += before;
            ballotsAfter += after;
            tpsChanged += before == after ? 0 : 1;
        }

        NeedChanges preview = catalogue.previewChange(ballotsWithReserve("3"), true, KECAMATAN);

        assertEquals(kecamatan.size(), preview.tpsTotal());
        for (ItemNeedChange item : preview.items()) {
            assertEquals(kitsBefore.get(item.code()), item.before(), () -> item.code() + " before, as every TPS kit");
        }
        ItemNeedChange ballots = preview.items().stream().filter(i -> i.code().equals("SURAT_SUARA")).findFirst()
                .orElseThrow();
        assertEquals(ballotsBefore, ballots.before(), "2.5% per TPS, rounded up per TPS");
        assertEquals(ballotsAfter, ballots.after(), "3% per TPS, rounded up per TPS");
        assertEquals(tpsChanged, ballots.tpsChanged());
        assertEquals(tpsChanged, preview.tpsChanged());
        assertTrue(preview.regions().stream().allMatch(r -> r.regionCode().startsWith(KECAMATAN + ".")
                && r.change().code().equals("SURAT_SUARA")), "per desa, only the ballots change");
        assertEquals(ballotsAfter - ballotsBefore, preview.regions().stream()
                .mapToLong(r -> r.change().difference()).sum());

        CatalogueRuleViolation tooMany = assertThrows(CatalogueRuleViolation.class,
                () -> catalogue.previewElections("53.71", 9));
        assertEquals(CatalogueProblem.BAD_ELECTIONS, tooMany.problem());
    }

    @Test
    @Order(14)
    void anItemAddedToTheKitTakesEveryCountedKitOutOfReadinessUntilItIsRetiredAndBothAreAudited() throws Exception {
        TpsView target = openTps(1).get(0);
        Map<String, Integer> kit = kits.kitOf(target.villageCode(), target.number());
        UUID id = dispatched(target, kit);
        shipments.receive(id, shipments.find(id).version(), counts(kit, "", 0));
        assertTrue(inTx(() -> store.isReady(target.villageCode(), target.number())), "a full kit is ready");
        Readiness ready = kits.of(target.villageCode()).region();
        ItemSpec gloves = new ItemSpec("IT_" + UUID.randomUUID().toString().substring(0, 8), "Sarung tangan",
                "pasang", 2, BigDecimal.ZERO, BigDecimal.ZERO, false);

        NeedChanges preview = catalogue.previewAdd(gloves, target.villageCode());
        ItemNeedChange added = preview.items().get(preview.items().size() - 1);
        assertEquals(gloves.code(), added.code(), "a new item comes last");
        assertEquals(0, added.before());
        assertEquals(2 * preview.tpsTotal(), added.after(), "two pairs for every TPS of the desa");
        assertEquals(preview.tpsTotal(), preview.tpsChanged());
        CatalogueRuleViolation twice = assertThrows(CatalogueRuleViolation.class,
                () -> catalogue.previewAdd(ballotsWithReserve("3"), KECAMATAN));
        assertEquals(CatalogueProblem.DUPLICATE_CODE, twice.problem());

        CatalogueChange add = catalogue.add(gloves);
        assertTrue(add.recount().tpsNoLongerReady() >= 1, () -> "recount " + add.recount());
        assertFalse(inTx(() -> store.isReady(target.villageCode(), target.number())), "no gloves arrived yet");
        assertTrue(kits.of(target.villageCode()).region().tpsReady() < ready.tpsReady());
        assertTrue(inTx(() -> store.differencesFromRecount()).isEmpty(), "rebuilt after the change");
        assertThrows(jakarta.persistence.OptimisticLockException.class, () -> catalogue.change(gloves.code(),
                add.item().version() - 1, gloves, false), "a stale version is refused");

        CatalogueChange retire = catalogue.change(gloves.code(), add.item().version(), gloves, false);
        assertTrue(retire.recount().tpsNowReady() >= 1, () -> "recount " + retire.recount());
        assertTrue(inTx(() -> store.isReady(target.villageCode(), target.number())), "gloves no longer needed");
        assertEquals(ready, kits.of(target.villageCode()).region(), "every counted kit is back");
        assertFalse(catalogue.items().stream().filter(i -> i.code().equals(gloves.code())).findFirst().orElseThrow()
                .active());
        List<String> actions = inTx(() -> audit.page("", "item", 0, 2)).stream()
                .map(AuditRecord::action).toList();
        assertEquals(List.of("item.retired", "item.added"), actions);
    }

    @Test
    @Order(15)
    @RunAsClient
    void theCatalogueOverRestIsNationalAndTheElectionsRegional(@ArquillianResource URL url) throws Exception {
        PortalHttpSession officer = PortalHttpSession.logIn(url, "logistik", DEMO_PASSWORD);
        HttpResponse<String> items = officer.getJson("/api/items");
        assertEquals(200, items.statusCode(), items.body());
        assertTrue(items.body().contains("\"SURAT_SUARA\""), items.body());
        HttpResponse<String> formula = officer.put("/api/items/SURAT_SUARA", "application/json",
                "{\"name\":\"Surat suara\",\"unit\":\"lembar\",\"perTps\":0,\"perVoter\":1,"
                        + "\"reservePercent\":3,\"perElection\":true,\"expectedVersion\":0}");
        assertEquals(403, formula.statusCode(), "formulas are national: " + formula.body());
        HttpResponse<String> tooMany = officer.put("/api/items/elections/53.71", "application/json",
                "{\"elections\":9}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> preview = officer.post("/api/items/elections/53.71/preview", "application/json",
                "{\"elections\":1}");
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("\"tpsChanged\""), preview.body());
        HttpResponse<String> outside = officer.put("/api/items/elections/15.71", "application/json",
                "{\"elections\":1}");
        assertEquals(403, outside.statusCode(), "Kota Jambi lies outside NTT: " + outside.body());

        try (BrowserSession browser = new BrowserSession(url)) {
            browser.logIn("logistik", DEMO_PASSWORD);
            browser.open("/logistics/catalogue.xhtml");
            browser.waitForText("Jumlah pemilihan per wilayah");
            browser.screenshot("logistics-4-catalogue");
        }
    }
}
