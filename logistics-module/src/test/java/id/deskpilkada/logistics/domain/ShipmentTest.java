package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.domain.tps.TpsKey;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShipmentTest {

    static final LocalDateTime NOW = LocalDateTime.of(2024, 11, 20, 1, 0);
    static final Node PPS = new Node(NodeKind.PPS, "53.71.05.1001", 0);
    static final Node TPS = new Node(NodeKind.TPS, "53.71.05.1001", 3);

    static Shipment shipment() {
        Map<String, Integer> q = new LinkedHashMap<>();
        q.put("SURAT_SUARA", 820);
        q.put("KOTAK_SUARA", 2);
        return new Shipment(new ShipmentPlan("KRM-001", PPS, TPS, q, "SEGEL-1..4", "DH 1234 AB", "Yosef", true,
                NOW, NOW.plusHours(3)), null, "logistik", NOW);
    }

    static Shipment dispatched() {
        Shipment s = shipment();
        s.moveTo(ShipmentStatus.DIKEMAS, null, "logistik", NOW);
        s.moveTo(ShipmentStatus.DIKIRIM, null, "logistik", NOW);
        return s;
    }

    static void assertProblem(ShipmentProblem problem, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ShipmentRuleViolation.class,
                v -> assertThat(v.problem()).isEqualTo(problem));
    }

    @Test
    void followsTheChainWithHistory() {
        Shipment s = dispatched();
        s.moveTo(ShipmentStatus.DALAM_PERJALANAN, null, "sopir", NOW.plusHours(1));
        assertThat(s.history()).extracting(StatusChange::to).containsExactly(ShipmentStatus.DIRENCANAKAN,
                ShipmentStatus.DIKEMAS, ShipmentStatus.DIKIRIM, ShipmentStatus.DALAM_PERJALANAN);
        assertThat(s.history().get(3).changedBy()).isEqualTo("sopir");
    }

    @Test
    void noStepIsSkippedOrTakenBack() {
        Shipment s = shipment();
        assertProblem(ShipmentProblem.ILLEGAL_TRANSITION, () -> s.moveTo(ShipmentStatus.DIKIRIM, null, "x", NOW));
        Shipment sent = dispatched();
        assertProblem(ShipmentProblem.ILLEGAL_TRANSITION,
                () -> sent.moveTo(ShipmentStatus.DIRENCANAKAN, null, "x", NOW));
        assertProblem(ShipmentProblem.ILLEGAL_TRANSITION, () -> sent.moveTo(ShipmentStatus.DITERIMA, null, "x", NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentStatus.class, names = {"DIRENCANAKAN", "DIKEMAS", "DIKIRIM", "DALAM_PERJALANAN"})
    void anyOpenStatusMayBeDelayedWithAReasonAndResumed(ShipmentStatus at) {
        Shipment s = shipment();
        for (ShipmentStatus step : new ShipmentStatus[] {ShipmentStatus.DIKEMAS, ShipmentStatus.DIKIRIM,
                ShipmentStatus.DALAM_PERJALANAN}) {
            if (s.status() == at) {
                break;
            }
            s.moveTo(step, null, "x", NOW);
        }
        assertProblem(ShipmentProblem.REASON_REQUIRED, () -> s.moveTo(ShipmentStatus.TERTUNDA, " ", "x", NOW));
        s.moveTo(ShipmentStatus.TERTUNDA, "BANJIR", "x", NOW);
        assertThat(s.statusReason()).isEqualTo("BANJIR");
        assertProblem(ShipmentProblem.REASON_REQUIRED, () -> s.moveTo(ShipmentStatus.BERMASALAH, "alien", "x", NOW));
        s.moveTo(ShipmentStatus.BERMASALAH, "KENDARAAN", "x", NOW);
        assertThat(s.resumeStatus()).as("still resumes where it stopped").isEqualTo(at);
        s.moveTo(at, null, "x", NOW);
        assertThat(s.status()).isEqualTo(at);
        assertThat(s.statusReason()).isNull();
    }

    @Test
    void aCompleteReceiptIsReceivedAndAShortOneOnlyPartly() {
        Shipment full = dispatched();
        full.receive(Map.of("SURAT_SUARA", new ItemCount(820, 5, 0), "KOTAK_SUARA", new ItemCount(2, 0, 0)),
                "pps", NOW);
        assertThat(full.status()).isEqualTo(ShipmentStatus.DITERIMA);
        assertThat(full.discrepant()).as("slight damage still serves").isFalse();

        Shipment partly = dispatched();
        partly.moveTo(ShipmentStatus.TERTUNDA, "BANJIR", "x", NOW);
        partly.receive(Map.of("SURAT_SUARA", new ItemCount(800, 0, 10), "KOTAK_SUARA", new ItemCount(2, 0, 0)),
                "pps", NOW);
        assertThat(partly.status()).isEqualTo(ShipmentStatus.DITERIMA_SEBAGIAN);
        ShipmentLine ballots = partly.lines().stream().filter(l -> l.itemCode().equals("SURAT_SUARA")).findFirst()
                .orElseThrow();
        assertThat(ballots.shortage()).isEqualTo(20);
        assertThat(ballots.usable()).isEqualTo(790);
    }

    @Test
    void badReceiptsAreRefused() {
        assertProblem(ShipmentProblem.NOT_RECEIVABLE, () -> shipment().receive(Map.of(), "pps", NOW));
        Shipment s = dispatched();
        assertProblem(ShipmentProblem.RECEIVED_MORE_THAN_SENT, () -> s.receive(Map.of("SURAT_SUARA",
                new ItemCount(821, 0, 0), "KOTAK_SUARA", new ItemCount(2, 0, 0)), "pps", NOW));
        assertProblem(ShipmentProblem.RECEIPT_INCOMPLETE,
                () -> s.receive(Map.of("SURAT_SUARA", new ItemCount(820, 0, 0)), "pps", NOW));
        assertProblem(ShipmentProblem.BAD_QUANTITY, () -> new ItemCount(-1, 0, 0));
        assertProblem(ShipmentProblem.BAD_QUANTITY, () -> new ItemCount(5, 3, 3));
        s.receive(Map.of("SURAT_SUARA", new ItemCount(820, 0, 0), "KOTAK_SUARA", new ItemCount(2, 0, 0)), "pps",
                NOW);
        assertProblem(ShipmentProblem.NOT_RECEIVABLE, () -> s.receive(Map.of(), "pps", NOW));
        assertProblem(ShipmentProblem.ILLEGAL_TRANSITION,
                () -> s.moveTo(ShipmentStatus.TERTUNDA, "CUACA", "x", NOW));
    }

    @Test
    void routesGoDownTheChainWithinTheSendersArea() {
        Node warehouse = new Node(NodeKind.GUDANG, "53.71", 0);
        warehouse.requireCanSendTo(new Node(NodeKind.PPK, "53.71.05", 0));
        assertProblem(ShipmentProblem.BAD_ROUTE, () -> warehouse.requireCanSendTo(new Node(NodeKind.PPK, "53.72.01", 0)));
        assertProblem(ShipmentProblem.BAD_ROUTE, () -> TPS.requireCanSendTo(PPS));
        assertProblem(ShipmentProblem.BAD_ROUTE, () -> new Node(NodeKind.PPK, "53.71", 0));
        assertProblem(ShipmentProblem.BAD_ROUTE, () -> new Node(NodeKind.TPS, "53.71.05.1001", 0));
        assertProblem(ShipmentProblem.NO_LINES, () -> new Shipment(new ShipmentPlan("K", PPS, TPS, Map.of(), null,
                null, null, false, null, null), null, "x", NOW));
        assertProblem(ShipmentProblem.BAD_QUANTITY, () -> new Shipment(new ShipmentPlan("K", PPS, TPS,
                Map.of("TINTA", 0), null, null, null, false, null, null), null, "x", NOW));
    }

    @Test
    void aPlanNeedsANumberAndTextsThatFit() {
        assertProblem(ShipmentProblem.NUMBER_REQUIRED, () -> new ShipmentPlan(" ", PPS, TPS, Map.of("TINTA", 2), null,
                null, null, false, null, null).requireValid());
        assertProblem(ShipmentProblem.TEXT_TOO_LONG, () -> new ShipmentPlan("K", PPS, TPS, Map.of("TINTA", 2), null,
                "x".repeat(ShipmentPlan.MAX_TRANSPORT + 1), null, false, null, null).requireValid());
        assertProblem(ShipmentProblem.ETA_BEFORE_DEPARTURE, () -> new ShipmentPlan("K", PPS, TPS, Map.of("TINTA", 2),
                null, null, null, false, NOW, NOW.minusMinutes(1)).requireValid());
        assertProblem(ShipmentProblem.BAD_ROUTE, () -> new ShipmentPlan("K", null, TPS, Map.of("TINTA", 2), null,
                null, null, false, null, null).requireValid());
    }

    @Test
    void whatAPlanNamesMustExist() {
        KnownReferences known = new KnownReferences(Set.of("53.71.05.1001"),
                Set.of(new TpsKey("53.71.05.1001", 3)),
                Set.of("TINTA"), Set.of("KRM-OLD"));
        new ShipmentPlan("KRM-NEW", PPS, TPS, Map.of("TINTA", 2), null, null, null, false, null, null)
                .requireKnownTo(known);
        assertProblem(ShipmentProblem.DUPLICATE_NUMBER, () -> new ShipmentPlan(" KRM-OLD ", PPS, TPS,
                Map.of("TINTA", 2), null, null, null, false, null, null).requireKnownTo(known));
        assertProblem(ShipmentProblem.UNKNOWN_TPS, () -> new ShipmentPlan("K", PPS,
                new Node(NodeKind.TPS, "53.71.05.1001", 4), Map.of("TINTA", 2), null, null, null, false, null, null)
                .requireKnownTo(known));
        assertProblem(ShipmentProblem.UNKNOWN_REGION, () -> new ShipmentPlan("K",
                new Node(NodeKind.PPK, "53.71.05", 0), TPS, Map.of("TINTA", 2), null, null, null, false, null, null)
                .requireKnownTo(known));
        assertProblem(ShipmentProblem.UNKNOWN_ITEM, () -> new ShipmentPlan("K", PPS, TPS, Map.of("PAYUNG", 2), null,
                null, null, false, null, null).requireKnownTo(known));
    }

    @Test
    void onlyAShipmentReceivedShortIsReplacedAndOnlyToTheSameDestination() {
        Shipment complete = dispatched();
        complete.receive(Map.of("SURAT_SUARA", new ItemCount(820, 0, 0), "KOTAK_SUARA", new ItemCount(2, 0, 0)),
                "pps", NOW);
        assertProblem(ShipmentProblem.NOT_REPLACEABLE, () -> complete.requireReplaceableBy(TPS));
        assertProblem(ShipmentProblem.NOT_REPLACEABLE, () -> dispatched().requireReplaceableBy(TPS));

        Shipment shortOne = dispatched();
        shortOne.receive(Map.of("SURAT_SUARA", new ItemCount(805, 0, 5), "KOTAK_SUARA", new ItemCount(2, 1, 0)),
                "pps", NOW);
        shortOne.requireReplaceableBy(TPS);
        ShipmentPlan draft = shortOne.replacementDraft();
        assertThat(draft.from()).isEqualTo(PPS);
        assertThat(draft.to()).isEqualTo(TPS);
        assertThat(draft.quantities()).containsExactly(Map.entry("SURAT_SUARA", 20));
        assertProblem(ShipmentProblem.NOT_REPLACEABLE,
                () -> shortOne.requireReplaceableBy(new Node(NodeKind.TPS, "53.71.05.1001", 4)));
    }
}
