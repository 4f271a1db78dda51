package id.deskpilkada.platform.domain.region;

import id.deskpilkada.platform.domain.CsvSheet;
import java.io.Reader;
import java.util.List;

/** Reads a region file with the columns {@code code,name,level,parent_code} (Kemendagri export format). */
public final class RegionCsv {

    static final List<String> HEADER = List.of("code", "name", "level", "parent_code");

    public record Parsed(List<RegionRow> rows, List<ImportProblem> problems) {
    }

    private RegionCsv() {
    }

    public static Parsed read(Reader source) {
        CsvSheet.Read<RegionRow> read = CsvSheet.read(source, HEADER, CsvSheet.UNLIMITED,
                row -> new RegionRow(row.number(), row.get("code"), row.get("name"), row.get("level"),
                        row.get("parent_code")));
        return new Parsed(read.rows(), read.problems().stream()
                .map(p -> new ImportProblem(p.rowNumber(), ImportProblem.Kind.MALFORMED_ROW, null, p.detail()))
                .toList());
    }
}
