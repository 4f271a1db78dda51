package id.deskpilkada.platform.domain.tps;

import id.deskpilkada.platform.domain.CsvSheet;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TPS file: {@code village_code,tps_number,voters,address[,latitude,longitude]} with a header, UTF-8.
 * The coordinate columns may be left out altogether, so the synthetic generator's own output
 * ({@code TpsGeneratorCli --out}) imports as it is.
 */
public final class TpsCsv {

    public static final String[] REQUIRED = {"village_code", "tps_number", "voters", "address"};
    public static final String[] COORDINATES = {"latitude", "longitude"};

    /** The rows read and the problems of the file's shape (missing columns, wrong cell counts). */
    public record Parsed(List<TpsRow> rows, List<TpsProblem> problems) {
    }

    private TpsCsv() {
    }

    public static Parsed read(Reader source) {
        CsvSheet.Read<TpsRow> read = CsvSheet.read(source, List.of(REQUIRED), CsvSheet.UNLIMITED,
                row -> new TpsRow(row.number(), row.get("village_code"), row.get("tps_number"), row.get("voters"),
                        row.get("address"), row.get("latitude"), row.get("longitude")));
        List<TpsProblem> problems = new ArrayList<>(read.problems().stream().map(TpsCsv::problem).toList());
        if (read.columns().contains(COORDINATES[0]) != read.columns().contains(COORDINATES[1])) {
            problems.add(problem(new CsvSheet.ShapeProblem(1, "latitude and longitude come together")));
            return new Parsed(List.of(), problems);
        }
        return new Parsed(read.rows(), problems);
    }

    private static TpsProblem problem(CsvSheet.ShapeProblem shape) {
        return new TpsProblem(shape.rowNumber(), TpsProblem.Kind.MALFORMED_ROW, null, null, shape.detail());
    }
}
