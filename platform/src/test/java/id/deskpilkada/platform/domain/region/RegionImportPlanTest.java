package id.deskpilkada.platform.domain.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class RegionImportPlanTest {

    private static final String HEADER = "code,name,level,parent_code\n";
    private static final String TREE = HEADER
            + "53,Nusa Tenggara Timur,1,\n"
            + "53.71,Kota Kupang,2,53\n"
            + "53.71.01,Alak,3,53.71\n"
            + "53.71.01.1001,Alak,4,53.71.01\n"
            + "53.71.01.1002,Nunbaun Sabu,4,53.71.01\n";

    @Test
    void emptyTreeGetsEveryRowAddedParentsFirst() {
        RegionImportPlan plan = plan(TREE, List.of());
        assertThat(plan.applicable()).isTrue();
        assertThat(plan.added()).extracting(RegionRow::code)
                .containsExactly("53", "53.71", "53.71.01", "53.71.01.1001", "53.71.01.1002");
        assertThat(plan.removed()).isEmpty();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        RegionImportPlan plan = plan(TREE, stored(TREE));
        assertThat(plan.changesNothing()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(5);
        assertThat(plan.applicable()).isTrue();
    }

    @Test
    void renamedMovedAddedAndRemovedAreReported() {
        String newer = HEADER
                + "53,Nusa Tenggara Timur,1,\n"
                + "53.71,Kota Kupang,2,53\n"
                + "53.71.01,Alak,3,53.71\n"
                + "53.71.02,Maulafa,3,53.71\n"
                + "53.71.01.1001,Alak Baru,4,53.71.01\n"
                + "53.71.01.1002,Nunbaun Sabu,4,53.71.02\n"
                + "53.71.02.1003,Penfui,4,53.71.02\n";
        RegionImportPlan plan = plan(newer, stored(TREE + "53.71.01.1099,Desa Lama,4,53.71.01\n"));
        assertThat(plan.added()).extracting(RegionRow::code).containsExactly("53.71.02", "53.71.02.1003");
        assertThat(plan.renamed()).containsExactly(new RegionChange("53.71.01.1001", "Alak", "Alak Baru"));
        assertThat(plan.moved()).containsExactly(new RegionChange("53.71.01.1002", "53.71.01", "53.71.02"));
        assertThat(plan.removed()).containsExactly("53.71.01.1099");
        assertThat(plan.applicable()).isTrue();
    }

    @Test
    void everyKindOfBadRowIsReportedWithItsRowNumber() {
        String bad = HEADER
                + "53,Nusa Tenggara Timur,1,\n"          // row 2 ok
                + "53.7X,Kota Kupang,2,53\n"             // row 3 bad code shape
                + "53.71,Kota Kupang,3,53\n"             // row 4 level mismatch (code says 2)
                + "53.72,Kabupaten X,2,53\n"             // row 5 ok
                + "53.72,Kabupaten X lagi,2,53\n"        // row 6 duplicate
                + "53.73.01,Kecamatan Yatim,3,53.73\n"   // row 7 unknown parent
                + "53.72.01,,3,53.72\n"                  // row 8 missing name
                + "53.72.02,Kecamatan,3,53\n";           // row 9 parent on the wrong level
        RegionImportPlan plan = plan(bad, List.of());
        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems()).extracting(ImportProblem::rowNumber, ImportProblem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, ImportProblem.Kind.BAD_CODE_SHAPE),
                org.assertj.core.groups.Tuple.tuple(4, ImportProblem.Kind.LEVEL_MISMATCH),
                org.assertj.core.groups.Tuple.tuple(6, ImportProblem.Kind.DUPLICATE_CODE),
                org.assertj.core.groups.Tuple.tuple(7, ImportProblem.Kind.UNKNOWN_PARENT),
                org.assertj.core.groups.Tuple.tuple(8, ImportProblem.Kind.MISSING_NAME),
                org.assertj.core.groups.Tuple.tuple(9, ImportProblem.Kind.LEVEL_MISMATCH));
    }

    @Test
    void aRowWithTheWrongNumberOfColumnsIsMalformed() {
        RegionImportPlan plan = plan(HEADER + "53,Nusa Tenggara Timur,1\n", List.of());
        assertThat(plan.problems()).extracting(ImportProblem::kind).containsExactly(ImportProblem.Kind.MALFORMED_ROW);
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRejectedAtRowOne() {
        RegionImportPlan plan = plan("kode,nama\n53,NTT\n", List.of());
        assertThat(plan.problems()).isNotEmpty().allMatch(p -> p.rowNumber() == 1);
    }

    @Test
    void refusedRemovalsMakeThePlanInapplicable() {
        RegionImportPlan plan = plan(TREE, stored(TREE + "53.71.01.1099,Desa Lama,4,53.71.01\n"));
        RegionImportPlan refused = plan.refusingRemovals(List.of(
                new ImportProblem(0, ImportProblem.Kind.REGION_IN_USE, "53.71.01.1099", "3 TPS")));
        assertThat(plan.applicable()).isTrue();
        assertThat(refused.applicable()).isFalse();
    }

    @Test
    void theBundledOfficialTreeIsCleanAndComplete() throws Exception {
        try (Reader official = new InputStreamReader(Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream("regions/wilayah.csv")), StandardCharsets.UTF_8)) {
            RegionCsv.Parsed parsed = RegionCsv.read(official);
            RegionImportPlan plan = RegionImportPlan.of(parsed.rows(), parsed.problems(), List.of());
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.added()).hasSize(91_599);
            assertThat(plan.added().stream().filter(r -> r.level().equals("1"))).hasSize(38);
            assertThat(plan.added().stream().filter(r -> r.level().equals("2"))).hasSize(514);
            assertThat(plan.added().stream().filter(r -> r.level().equals("3"))).hasSize(7_285);
            assertThat(plan.added().stream().filter(r -> r.level().equals("4"))).hasSize(83_762);
        }
    }

    private static RegionImportPlan plan(String csv, List<ExistingRegion> stored) {
        RegionCsv.Parsed parsed = RegionCsv.read(new StringReader(csv));
        return RegionImportPlan.of(parsed.rows(), parsed.problems(), stored);
    }

    private static List<ExistingRegion> stored(String csv) {
        return RegionCsv.read(new StringReader(csv)).rows().stream()
                .map(r -> new ExistingRegion(r.code(), r.name(), r.parentCode().isBlank() ? null : r.parentCode()))
                .toList();
    }
}
