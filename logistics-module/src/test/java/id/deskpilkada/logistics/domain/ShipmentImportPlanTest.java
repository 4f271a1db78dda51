package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.tps.TpsKey;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShipmentImportPlanTest {

    static final String HEADER = "number,from_kind,from_region,to_kind,to_region,to_tps,item_code,quantity,seals,"
            + "vehicle,driver,escort_needed,departure,eta\n";
    static final String VILLAGE = "53.71.05.1001";
    /** What the database would answer for Kota Kupang: a kecamatan, two villages, three TPS in the first. */
    static final KnownReferences KUPANG = new KnownReferences(
            Set.of("53.71", "53.71.05", VILLAGE, "53.71.05.1002", "15.71"),
            Set.of(new TpsKey(VILLAGE, 1), new TpsKey(VILLAGE, 2), new TpsKey(VILLAGE, 3)),
            Set.of("SURAT_SUARA", "KOTAK_SUARA", "TINTA", "SEGEL"), Set.of("KPG-OLD"));
    static final Scope NTT = new Scope(Set.of("53"));

    static ShipmentImportPlan plan(String rows) {
        return plan(rows, NTT);
    }

    static ShipmentImportPlan plan(String rows, Scope scope) {
        return ShipmentImportPlan.of(PlanCsv.read(new StringReader(HEADER + rows)), scope, KUPANG);
    }

    /** A good row of shipment {@code number} from the PPS to TPS 1, with an item and quantity. */
    static String row(String number, String item, String quantity) {
        return number + ",PPS," + VILLAGE + ",TPS," + VILLAGE + ",1," + item + "," + quantity
                + ",SG-1 s/d SG-9,DH 8101 KP,Yosef,ya,2024-11-25T08:00,2024-11-25T11:30\n";
    }

    static void assertOneProblem(String rows, int rowNumber, String code) {
        ShipmentImportPlan plan = plan(rows);
        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(PlanRowProblem::rowNumber, PlanRowProblem::code)
                .containsExactly(tuple(rowNumber, code));
        assertThat(plan.shipments()).as("a shipment with a problem is not planned").hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void rowsWithTheSameNumberFormOneShipmentWithTimesInUtc() {
        ShipmentImportPlan plan = plan(row("KPG-1", "SURAT_SUARA", "820")
                + "KPG-2,GUDANG,53.71,PPK,53.71.05,,TINTA,40,,,,tidak,2024-11-24 07:00,2024-11-24 09:00\n"
                + "KPG-1,,,,,,kotak_suara,2,,,,,,\n");

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.applicable()).isTrue();
        assertThat(plan.rows()).isEqualTo(3);
        assertThat(plan.lines()).isEqualTo(3);
        assertThat(plan.shipments()).extracting(ShipmentImportPlan.PlannedShipment::rowNumber).containsExactly(2, 3);
        ShipmentPlan tps = plan.shipments().get(0).plan();
        assertThat(tps.number()).isEqualTo("KPG-1");
        assertThat(tps.to()).isEqualTo(new Node(NodeKind.TPS, VILLAGE, 1));
        assertThat(tps.quantities()).containsExactly(Map.entry("SURAT_SUARA", 820), Map.entry("KOTAK_SUARA", 2));
        assertThat(tps.escortNeeded()).isTrue();
        assertThat(tps.seals()).isEqualTo("SG-1 s/d SG-9");
        assertThat(tps.departureUtc()).as("08:00 WITA").isEqualTo(LocalDateTime.of(2024, 11, 25, 0, 0));
        assertThat(tps.etaUtc()).isEqualTo(LocalDateTime.of(2024, 11, 25, 3, 30));
        ShipmentPlan ppk = plan.shipments().get(1).plan();
        assertThat(ppk.from()).isEqualTo(new Node(NodeKind.GUDANG, "53.71", 0));
        assertThat(ppk.escortNeeded()).isFalse();
        assertThat(ppk.vehicle()).isNull();
        assertThat(plan.commonRegion()).isEqualTo("53.71");
    }

    @Test
    void anUnknownTpsIsAProblemOfTheShipmentsFirstRow() {
        assertOneProblem(row("KPG-1", "TINTA", "2") + row("KPG-9", "TINTA", "2").replace(",1,TINTA", ",7,TINTA"),
                3, "UNKNOWN_TPS");
    }

    @Test
    void unknownRegionsAreProblemsWhetherMalformedOrNotInTheTree() {
        assertOneProblem("KPG-1,PPK,53.71.05,PPS,53.71.05.9999,,TINTA,4,,,,,2024-11-25T08:00,2024-11-25T09:00\n",
                2, "UNKNOWN_REGION");
        assertOneProblem("KPG-1,GUDANG,53.7,PPK,53.71.05,,TINTA,4,,,,,2024-11-25T08:00,2024-11-25T09:00\n", 2,
                "UNKNOWN_REGION");
    }

    @Test
    void anUnknownItemIsAProblemOfItsRow() {
        assertOneProblem(row("KPG-1", "TINTA", "2") + row("KPG-1", "PAYUNG", "2"), 3, "UNKNOWN_ITEM");
    }

    @Test
    void quantitiesAreWholeNumbersOfAtLeastOne() {
        assertOneProblem(row("KPG-1", "TINTA", "-2"), 2, "BAD_QUANTITY");
        assertOneProblem(row("KPG-1", "TINTA", "0"), 2, "BAD_QUANTITY");
        assertOneProblem(row("KPG-1", "TINTA", "dua"), 2, "BAD_QUANTITY");
        assertOneProblem(row("KPG-1", "TINTA", "2.5"), 2, "BAD_QUANTITY");
        assertThat(plan(row("KPG-1", "TINTA", "dua")).problems().get(0).message()).contains("TINTA dua");
    }

    @Test
    void anItemTwiceInOneShipmentIsAProblemOfTheSecondRow() {
        assertOneProblem(row("KPG-1", "TINTA", "2") + row("KPG-1", "SEGEL", "10") + row("KPG-1", "tinta", "1"), 4,
                "DUPLICATE_ITEM");
        assertThat(plan(row("KPG-1", "TINTA", "2") + row("KPG-2", "TINTA", "2")).applicable())
                .as("the same item in two shipments").isTrue();
    }

    @Test
    void aNumberAlreadyUsedIsAProblem() {
        assertOneProblem(row("KPG-OLD", "TINTA", "2"), 2, "DUPLICATE_NUMBER");
    }

    @Test
    void routesGoDownTheChainWithinTheSender() {
        assertOneProblem("KPG-1,PPS," + VILLAGE + ",PPK,53.71.05,,TINTA,4,,,,,2024-11-25T08:00,2024-11-25T09:00\n",
                2, "BAD_ROUTE");
        assertOneProblem("KPG-1,PPS," + VILLAGE + ",TPS,53.71.05.1002,1,TINTA,4,,,,,2024-11-25T08:00,"
                + "2024-11-25T09:00\n", 2, "BAD_ROUTE");
        assertOneProblem("KPG-1,PPK,53.71,TPS," + VILLAGE + ",1,TINTA,4,,,,,2024-11-25T08:00,2024-11-25T09:00\n",
                2, "BAD_ROUTE");
        assertOneProblem("KPG-1,PPS," + VILLAGE + ",PPS," + VILLAGE + ",5,TINTA,4,,,,,2024-11-25T08:00,"
                + "2024-11-25T09:00\n", 2, "BAD_ROUTE");
    }

    @Test
    void senderOutsideTheJurisdictionIsAProblemBeforeAnythingIsSaidOfItsRegions() {
        String jambi = "KPG-1,GUDANG,15.71,PPK,15.71.99,,TINTA,4,,,,,2024-11-25T08:00,2024-11-25T09:00\n";
        ShipmentImportPlan plan = plan(jambi);
        assertThat(plan.problems()).extracting(PlanRowProblem::code).containsExactly("OUT_OF_SCOPE");
        assertThat(plan(jambi, new Scope(Set.of("15"))).problems()).extracting(PlanRowProblem::code)
                .containsExactly("UNKNOWN_REGION");
        assertThat(plan(jambi.replace("15.71.99", "15.71"), new Scope(Set.of("53.71"))).problems())
                .extracting(PlanRowProblem::code).containsExactly("OUT_OF_SCOPE");
    }

    @Test
    void laterRowsOfAShipmentMayLeaveItsColumnsEmptyButNotChangeThem() {
        String changed = row("KPG-1", "TINTA", "2") + row("KPG-1", "SEGEL", "10").replace("DH 8101 KP", "DH 9999 KP")
                + "KPG-1,,,,,,KOTAK_SUARA,2,,,,,,\n";
        ShipmentImportPlan plan = plan(changed);
        assertThat(plan.problems()).extracting(PlanRowProblem::rowNumber, PlanRowProblem::code)
                .containsExactly(tuple(3, "INCONSISTENT_SHIPMENT"));
        assertThat(plan.problems().get(0).arguments()).containsExactly("vehicle", "2", "DH 9999 KP");
        assertThat(plan.shipments()).isEmpty();
    }

    @Test
    void theEtaMayNotLieBeforeTheDeparture() {
        assertOneProblem(row("KPG-1", "TINTA", "2").replace("2024-11-25T11:30", "2024-11-25T07:59"), 2,
                "ETA_BEFORE_DEPARTURE");
    }

    @Test
    void cellsThatAreNoValueOfTheirColumnAreProblems() {
        assertOneProblem(row("KPG-1", "TINTA", "2").replace("PPS,", "KANTOR,"), 2, "BAD_NODE_KIND");
        assertOneProblem(row("KPG-1", "TINTA", "2").replace(",1,TINTA", ",satu,TINTA"), 2, "BAD_TPS_NUMBER");
        assertOneProblem(row("KPG-1", "TINTA", "2").replace(",1,TINTA", ",,TINTA"), 2, "MISSING_VALUE");
        assertOneProblem(row("KPG-1", "TINTA", "2").replace(",ya,", ",mungkin,"), 2, "BAD_YES_NO");
        assertOneProblem(row("KPG-1", "TINTA", "2").replace("2024-11-25T08:00", "25-11-2024 08:00"), 2,
                "BAD_DATE_TIME");
        assertOneProblem(row("KPG-1", "TINTA", "2").replace("2024-11-25T11:30", ""), 2, "MISSING_VALUE");
        assertOneProblem(row("", "TINTA", "2"), 2, "MISSING_VALUE");
        assertOneProblem(row("KPG-1", "", "2"), 2, "MISSING_VALUE");
        assertOneProblem(row("K".repeat(41), "TINTA", "2"), 2, "TEXT_TOO_LONG");
    }

    @Test
    void problemsOfSeveralRowsAreAllReportedInRowOrder() {
        ShipmentImportPlan plan = plan(row("KPG-1", "TINTA", "0") + row("KPG-2", "TINTA", "2")
                + row("KPG-1", "PAYUNG", "1") + row("KPG-3", "TINTA", "2").replace(",1,TINTA", ",9,TINTA"));
        assertThat(plan.problems()).extracting(PlanRowProblem::rowNumber, PlanRowProblem::shipmentNumber,
                        PlanRowProblem::code)
                .containsExactly(tuple(2, "KPG-1", "BAD_QUANTITY"), tuple(4, "KPG-1", "UNKNOWN_ITEM"),
                        tuple(5, "KPG-3", "UNKNOWN_TPS"));
        assertThat(plan.shipments()).extracting(s -> s.plan().number()).containsExactly("KPG-2");
        assertThat(plan.problems().get(2).messageKey()).isEqualTo("shipment.problem.UNKNOWN_TPS");
        assertThat(plan.problems().get(2).arguments()).containsExactly(VILLAGE, "9");
    }

    @Test
    void theFileItselfMayBeTooLongEmptyOrMissingColumns() {
        StringBuilder tooLong = new StringBuilder();
        for (int n = 0; n <= PlanCsv.MAX_ROWS; n++) {
            tooLong.append(row("KPG-" + n, "TINTA", "2"));
        }
        ShipmentImportPlan plan = plan(tooLong.toString());
        assertThat(plan.problems()).extracting(PlanRowProblem::rowNumber, PlanRowProblem::code)
                .containsExactly(tuple(0, "TOO_MANY_ROWS"));
        assertThat(plan.shipments()).isEmpty();

        assertThat(plan("").problems()).extracting(PlanRowProblem::code).containsExactly("NO_ROWS");
        ShipmentImportPlan noEta = ShipmentImportPlan.of(PlanCsv.read(new StringReader(
                "number,from_kind,from_region,to_kind,to_region,item_code,quantity,departure\n")), NTT, KUPANG);
        assertThat(noEta.problems()).extracting(PlanRowProblem::rowNumber, PlanRowProblem::code,
                        PlanRowProblem::message)
                .containsExactly(tuple(1, "MALFORMED_ROW", "The row cannot be read: missing column eta"));
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        ShipmentImportPlan plan = ShipmentImportPlan.of(PlanCsv.read(new StringReader(
                "number,from_kind,from_region,to_kind,to_region,item_code,quantity,departure,eta\n"
                        + "KPG-1,GUDANG,53.71,PPK,53.71.05,TINTA,40,2024-11-24T07:00,2024-11-24T09:00\n")), NTT,
                KUPANG);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.shipments().get(0).plan().escortNeeded()).isFalse();
    }
}
