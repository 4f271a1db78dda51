package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.CsvSheet;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a shipment plan file: UTF-8 CSV with a header, one row per shipment line, rows with the same number
 * forming one shipment. The columns {@link #OPTIONAL} may be left out. Files of more than {@value #MAX_ROWS}
 * rows are refused as a whole: one apply plans everything in one transaction.
 */
public final class PlanCsv {

    /** About 1,250 TPS with their full kit of eight items: a large kecamatan or a small kab/kota. */
    public static final int MAX_ROWS = 10_000;

    public static final List<String> REQUIRED = List.of("number", "from_kind", "from_region", "to_kind",
            "to_region", "item_code", "quantity", "departure", "eta");
    public static final List<String> OPTIONAL = List.of("to_tps", "seals", "vehicle", "driver", "escort_needed");
    /** The columns that describe the whole shipment: equal (or empty) on every row of it. */
    public static final List<String> SHIPMENT_COLUMNS = List.of("from_kind", "from_region", "to_kind", "to_region",
            "to_tps", "seals", "vehicle", "driver", "escort_needed", "departure", "eta");

    /** The rows read and the problems of the file's shape; no rows when the file is too long. */
    public record Parsed(List<PlanRow> rows, List<PlanRowProblem> problems) {

        /** Every region code the rows name, as written (trimmed). */
        public Set<String> regionCodes() {
            Set<String> codes = new LinkedHashSet<>();
            rows.forEach(r -> {
                codes.add(r.fromRegion());
                codes.add(r.toRegion());
            });
            return codes;
        }

        /** The desa/kelurahan codes of TPS destinations. */
        public Set<String> tpsVillages() {
            Set<String> codes = new LinkedHashSet<>();
            rows.stream().filter(r -> NodeKind.TPS.name().equalsIgnoreCase(r.toKind())).forEach(r -> codes.add(
                    r.toRegion()));
            return codes;
        }

        public Set<String> numbers() {
            Set<String> numbers = new LinkedHashSet<>();
            rows.forEach(r -> numbers.add(r.number()));
            return numbers;
        }
    }

    private PlanCsv() {
    }

    public static Parsed read(Reader source) {
        CsvSheet.Read<PlanRow> read = CsvSheet.read(source, REQUIRED, MAX_ROWS, row -> new PlanRow(row.number(),
                row.get("number"), row.get("from_kind"), row.get("from_region"), row.get("to_kind"),
                row.get("to_region"), row.get("to_tps"), row.get("item_code"), row.get("quantity"),
                row.get("seals"), row.get("vehicle"), row.get("driver"), row.get("escort_needed"),
                row.get("departure"), row.get("eta")));
        if (read.overLimit()) {
            return new Parsed(List.of(), List.of(PlanRowProblem.of(0, null, PlanFileProblem.TOO_MANY_ROWS,
                    MAX_ROWS)));
        }
        List<PlanRowProblem> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(PlanRowProblem.of(p.rowNumber(), null,
                PlanFileProblem.MALFORMED_ROW, p.detail())));
        if (problems.isEmpty() && read.rows().isEmpty()) {
            problems.add(PlanRowProblem.of(0, null, PlanFileProblem.NO_ROWS));
        }
        return new Parsed(read.rows(), problems);
    }
}
