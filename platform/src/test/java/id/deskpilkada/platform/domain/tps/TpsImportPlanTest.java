package id.deskpilkada.platform.domain.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.RegionCode;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TpsImportPlanTest {

    private static final String HEADER = "village_code,tps_number,voters,address,latitude,longitude\n";
    private static final Set<String> VILLAGES = Set.of("53.71.01.1001", "53.71.01.1002", "15.71.01.1001");
    private static final String FILE = HEADER
            + "53.71.01.1001,001,480,\"Jl. Alak, RT 01\",-10.1772,123.5801\n"
            + "53.71.01.1001,002,512,SD Inpres Alak,,\n"
            + "53.71.01.1002,1,600,\"Balai \"\"Nunbaun\"\" Sabu\",-10.18,123.56\n";

    private static TpsImportPlan plan(String csv, Scope scope, Map<TpsKey, ExistingTps> stored) {
        TpsCsv.Parsed parsed = TpsCsv.read(new StringReader(csv));
        return TpsImportPlan.of(parsed.rows(), parsed.problems(), VILLAGES::contains, scope, stored);
    }

    /** What the database holds after applying a plan on an empty table. */
    private static Map<TpsKey, ExistingTps> storedAfter(TpsImportPlan plan) {
        Map<TpsKey, ExistingTps> stored = new HashMap<>();
        plan.added().forEach(t -> stored.put(t.key(), new ExistingTps(UUID.randomUUID(), t, TpsStatus.AKTIF, false)));
        return stored;
    }

    @Test
    void anEmptyTableGetsEveryRowAdded() {
        TpsImportPlan plan = plan(FILE, Scope.NATIONAL, Map.of());
        assertThat(plan.applicable()).isTrue();
        assertThat(plan.rows()).isEqualTo(3);
        assertThat(plan.added()).extracting(TpsDetails::key).containsExactly(
                new TpsKey("53.71.01.1001", 1), new TpsKey("53.71.01.1001", 2), new TpsKey("53.71.01.1002", 1));
        TpsDetails first = plan.added().get(0);
        assertThat(first.address()).isEqualTo("Jl. Alak, RT 01");
        assertThat(first.coordinates()).isEqualTo(new Coordinates(-10.1772, 123.5801));
        assertThat(plan.added().get(1).coordinates()).isNull();
        assertThat(plan.added().get(2).address()).isEqualTo("Balai \"Nunbaun\" Sabu");
        assertThat(plan.commonRegion()).isEqualTo("53.71.01");
        assertThat(plan.votersChanged()).isEqualTo(480 + 512 + 600);
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        TpsImportPlan again = plan(FILE, Scope.NATIONAL, storedAfter(plan(FILE, Scope.NATIONAL, Map.of())));
        assertThat(again.applicable()).isTrue();
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.commonRegion()).isEmpty();
    }

    @Test
    void changedRemovedAndSyntheticTpsAreUpdatedAndRowsMissingFromTheFileStay() {
        Map<TpsKey, ExistingTps> stored = storedAfter(plan(FILE, Scope.NATIONAL, Map.of()));
        TpsDetails extra = new TpsDetails("53.71.01.1002", 2, 300, "Posyandu", null);
        stored.put(extra.key(), new ExistingTps(UUID.randomUUID(), extra, TpsStatus.AKTIF, false));
        TpsKey removedOne = new TpsKey("53.71.01.1001", 2);
        stored.put(removedOne, new ExistingTps(stored.get(removedOne).id(), stored.get(removedOne).details(),
                TpsStatus.DIHAPUS, false));
        TpsKey syntheticOne = new TpsKey("53.71.01.1002", 1);
        stored.put(syntheticOne, new ExistingTps(stored.get(syntheticOne).id(), stored.get(syntheticOne).details(),
                TpsStatus.AKTIF, true));
        String newer = FILE.replace("001,480,", "001,481,");

        TpsImportPlan plan = plan(newer, Scope.NATIONAL, stored);

        assertThat(plan.added()).isEmpty();
        assertThat(plan.updated()).extracting(u -> u.after().key(), u -> u.after().voters()).containsExactly(
                tuple(new TpsKey("53.71.01.1001", 1), 481), tuple(removedOne, 512), tuple(syntheticOne, 600));
        assertThat(plan.updated().get(0).before().details().voters()).isEqualTo(480);
        assertThat(plan.unchanged()).isZero();
        assertThat(plan.commonRegion()).isEqualTo("53.71.01");
    }

    @Test
    void everyKindOfBadRowIsReportedWithItsRowNumber() {
        String bad = HEADER
                + "53.71.01.1001,001,480,Alak,,\n"          // row 2 ok
                + "53.71.01.9999,001,480,Alak,,\n"          // row 3 village not in the tree
                + "53.71.01,001,480,Kecamatan,,\n"          // row 4 a kecamatan, not a village
                + "53.71.01.1001,000,480,Alak,,\n"          // row 5 number 0
                + "53.71.01.1001,1000,480,Alak,,\n"         // row 6 number above 999
                + "53.71.01.1001,abc,480,Alak,,\n"          // row 7 number not a number
                + "53.71.01.1001,1,300,Alak lagi,,\n"       // row 8 duplicate of row 2
                + "53.71.01.1001,002,0,Alak,,\n"            // row 9 no voters
                + "53.71.01.1001,003,601,Alak,,\n"          // row 10 too many voters
                + "53.71.01.1001,004,banyak,Alak,,\n"       // row 11 voters not a number
                + "53.71.01.1001,005,480,Alak,-10.17,\n"    // row 12 latitude without longitude
                + "53.71.01.1001,006,480,Alak,123.58,-10.17\n" // row 13 swapped: outside Indonesia
                + "53.71.01.1001,007,480,Alak,-10.17,abc\n" // row 14 not a number
                + "53.71.01.1001,008,480,,,\n"              // row 15 no address
                + "53.71.01.1001,009,480,Alak\n"            // row 16 too few cells
                + "53.71.01.1002,001,480,Nunbaun Sabu,,\n"; // row 17 ok
        TpsImportPlan plan = plan(bad, Scope.NATIONAL, Map.of());
        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(TpsProblem::rowNumber, TpsProblem::kind).containsExactly(
                tuple(3, TpsProblem.Kind.UNKNOWN_VILLAGE),
                tuple(4, TpsProblem.Kind.UNKNOWN_VILLAGE),
                tuple(5, TpsProblem.Kind.BAD_NUMBER),
                tuple(6, TpsProblem.Kind.BAD_NUMBER),
                tuple(7, TpsProblem.Kind.BAD_NUMBER),
                tuple(8, TpsProblem.Kind.DUPLICATE_NUMBER),
                tuple(9, TpsProblem.Kind.VOTERS_OUT_OF_RANGE),
                tuple(10, TpsProblem.Kind.VOTERS_OUT_OF_RANGE),
                tuple(11, TpsProblem.Kind.VOTERS_OUT_OF_RANGE),
                tuple(12, TpsProblem.Kind.BAD_COORDINATES),
                tuple(13, TpsProblem.Kind.BAD_COORDINATES),
                tuple(14, TpsProblem.Kind.BAD_COORDINATES),
                tuple(15, TpsProblem.Kind.BAD_ADDRESS),
                tuple(16, TpsProblem.Kind.MALFORMED_ROW));
        assertThat(plan.problems().get(5).detail()).as("the duplicate names the first row").isEqualTo("2");
        assertThat(plan.problems().get(0).villageCode()).isEqualTo("53.71.01.9999");
        assertThat(plan.problems().get(4).number()).isEqualTo("abc");
        assertThat(plan.added()).extracting(TpsDetails::key)
                .containsExactly(new TpsKey("53.71.01.1001", 1), new TpsKey("53.71.01.1002", 1));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsOneProblemOnTheHeader() {
        TpsImportPlan plan = plan("village_code,nomor,voters\n53.71.01.1001,1,400\n", Scope.NATIONAL, Map.of());
        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(TpsProblem::rowNumber, TpsProblem::kind, TpsProblem::detail)
                .containsExactly(tuple(1, TpsProblem.Kind.MALFORMED_ROW, "missing column tps_number"),
                        tuple(1, TpsProblem.Kind.MALFORMED_ROW, "missing column address"));
        assertThat(plan.rows()).isZero();
    }

    @Test
    void coordinateColumnsMayBeLeftOutButNotHalfOfThem() {
        String withoutPoint = "village_code,tps_number,voters,address\n53.71.01.1001,1,400,Alak\n";
        assertThat(plan(withoutPoint, Scope.NATIONAL, Map.of()).added()).hasSize(1);
        String halfPoint = "village_code,tps_number,voters,address,latitude\n53.71.01.1001,1,400,Alak,-10.1\n";
        assertThat(plan(halfPoint, Scope.NATIONAL, Map.of()).problems())
                .extracting(TpsProblem::kind).containsExactly(TpsProblem.Kind.MALFORMED_ROW);
    }

    @Test
    void rowsOutsideTheImportersJurisdictionAreRefusedNotSkipped() {
        String mixed = HEADER
                + "53.71.01.1001,001,480,Alak,,\n"
                + "15.71.01.1001,001,480,Kota Jambi,,\n"
                + "15.71.01.9999,001,480,Unknown outside,,\n";
        Scope kupang = new Scope(Set.of("53.71"));
        TpsImportPlan plan = plan(mixed, kupang, Map.of());
        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(TpsProblem::rowNumber, TpsProblem::kind).containsExactly(
                tuple(3, TpsProblem.Kind.OUT_OF_SCOPE),
                tuple(4, TpsProblem.Kind.OUT_OF_SCOPE));
        assertThat(plan(mixed.replace("15.71.01.9999", "53.71.01.9999"), new Scope(Set.of("53", "15")), Map.of())
                .problems()).extracting(TpsProblem::kind).containsExactly(TpsProblem.Kind.UNKNOWN_VILLAGE);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        TpsImportPlan plan = plan("\uFEFF" + FILE, Scope.NATIONAL, Map.of());
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).hasSize(3);
    }

    @Test
    void commonAncestorKeepsWholeSegments() {
        assertThat(RegionCode.commonAncestor("53.71.01.1001", "53.71.02.2001")).isEqualTo("53.71");
        assertThat(RegionCode.commonAncestor("53.71.01.1001", "53.72.01.1001")).isEqualTo("53");
        assertThat(RegionCode.commonAncestor("53.71.01.1001", "15.71.01.1001")).isEmpty();
        assertThat(RegionCode.commonAncestor("53.71.01.1001", "53.71.01.1001")).isEqualTo("53.71.01.1001");
    }

    @Test
    void problemsOfAFileThatIsNoCsvAreReportedNotThrown() {
        TpsImportPlan plan = plan(HEADER + "53.71.01.1001,1,400,\"unterminated\n", Scope.NATIONAL, Map.of());
        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(TpsProblem::kind).contains(TpsProblem.Kind.MALFORMED_ROW);
    }

    @Test
    void aListOfManyRowsIsPlannedInOnePass() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int n = 1; n <= 999; n++) {
            csv.append("53.71.01.1001,").append(n).append(",400,TPS ").append(n).append(",,\n");
        }
        TpsImportPlan plan = plan(csv.toString(), Scope.NATIONAL, Map.of());
        assertThat(plan.added()).hasSize(999);
        assertThat(List.copyOf(plan.problems())).isEmpty();
    }
}
