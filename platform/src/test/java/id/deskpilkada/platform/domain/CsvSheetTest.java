package id.deskpilkada.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetTest {

    record Pair(int row, String a, String b, String extra) {
    }

    private static CsvSheet.Read<Pair> read(String csv, int maxRows) {
        return CsvSheet.read(new StringReader(csv), List.of("a", "b"), maxRows,
                row -> new Pair(row.number(), row.get("a"), row.get("b"), row.get("extra")));
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemWithTrimmedCellsAndOptionalColumnsEmpty() {
        CsvSheet.Read<Pair> read = read("\uFEFFa,b\n 1 , x \n\n2,\"y, z\"\n", CsvSheet.UNLIMITED);
        assertThat(read.problems()).isEmpty();
        assertThat(read.columns()).containsExactlyInAnyOrder("a", "b");
        assertThat(read.rows()).containsExactly(new Pair(2, "1", "x", ""), new Pair(3, "2", "y, z", ""));
        assertThat(read.overLimit()).isFalse();
    }

    @Test
    void missingColumnsAreProblemsOfTheHeaderAndNoRowIsRead() {
        CsvSheet.Read<Pair> read = read("a,c\n1,2\n", CsvSheet.UNLIMITED);
        assertThat(read.problems()).containsExactly(new CsvSheet.ShapeProblem(1, "missing column b"));
        assertThat(read.rows()).isEmpty();
    }

    @Test
    void aRowWithAnotherNumberOfCellsIsAProblemAndTheOthersAreStillRead() {
        CsvSheet.Read<Pair> read = read("a,b\n1\n2,x\n", CsvSheet.UNLIMITED);
        assertThat(read.problems()).containsExactly(new CsvSheet.ShapeProblem(2, "1 columns"));
        assertThat(read.rows()).extracting(Pair::row).containsExactly(3);
    }

    @Test
    void readingStopsAfterTheLimit() {
        CsvSheet.Read<Pair> read = read("a,b\n1,x\n2,x\n3,x\n", 2);
        assertThat(read.overLimit()).isTrue();
        assertThat(read.rows()).hasSize(2);
        assertThat(read("a,b\n1,x\n2,x\n", 2).overLimit()).isFalse();
    }

    @Test
    void aBrokenQuoteIsReportedNotThrown() {
        CsvSheet.Read<Pair> read = read("a,b\n1,\"open\n", CsvSheet.UNLIMITED);
        assertThat(read.problems()).extracting(CsvSheet.ShapeProblem::rowNumber).containsExactly(0);
    }

    @Test
    void aDuplicateColumnIsReportedNotThrown() {
        assertThat(read("a,b,a\n1,2,3\n", CsvSheet.UNLIMITED).problems()).extracting(CsvSheet.ShapeProblem::rowNumber)
                .containsExactly(0);
        assertThat(read("a,b\n", CsvSheet.UNLIMITED).problems()).isEmpty();
        assertThat(read("a,b\n1,2\n", CsvSheet.UNLIMITED).rows()).extracting(Pair::a, Pair::b)
                .containsExactly(tuple("1", "2"));
    }
}
