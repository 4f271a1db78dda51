package id.deskpilkada.platform.domain.tps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a TPS file: {@code village_code,tps_number,voters,address[,latitude,longitude]} with a header, UTF-8.
 * The coordinate columns may be left out altogether, so the synthetic generator's own output
 * ({@code TpsGeneratorCli --out}) imports as it is.
 */
public final class TpsCsv {

    public static final String[] REQUIRED = {"village_code", "tps_number", "voters", "address"};
    public static final String[] COORDINATES = {"latitude", "longitude"};

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setTrim(true)
            .setIgnoreEmptyLines(true).get();

    /** The rows read and the problems of the file's shape (missing columns, wrong cell counts). */
    public record Parsed(List<TpsRow> rows, List<TpsProblem> problems) {
    }

    private TpsCsv() {
    }

    public static Parsed read(Reader source) {
        List<TpsRow> rows = new ArrayList<>();
        List<TpsProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(source)).setFormat(FORMAT).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    problems.add(headerProblem("missing column " + column));
                }
            }
            boolean hasLatitude = header.containsKey(COORDINATES[0]);
            if (hasLatitude != header.containsKey(COORDINATES[1])) {
                problems.add(headerProblem("latitude and longitude come together"));
            }
            if (!problems.isEmpty()) {
                return new Parsed(rows, problems);
            }
            for (CSVRecord record : parser) {
                int rowNumber = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new TpsProblem(rowNumber, TpsProblem.Kind.MALFORMED_ROW, null, null,
                            record.size() + " / " + header.size()));
                    continue;
                }
                rows.add(new TpsRow(rowNumber, record.get("village_code"), record.get("tps_number"),
                        record.get("voters"), record.get("address"),
                        hasLatitude ? record.get("latitude") : "", hasLatitude ? record.get("longitude") : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv reports a broken quote or a duplicate/empty header this way
            problems.add(new TpsProblem(0, TpsProblem.Kind.MALFORMED_ROW, null, null, e.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    /** Spreadsheets often save UTF-8 with a byte order mark, which would otherwise glue onto the first column. */
    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static TpsProblem headerProblem(String detail) {
        return new TpsProblem(1, TpsProblem.Kind.MALFORMED_ROW, null, null, detail);
    }
}
