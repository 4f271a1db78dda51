package id.deskpilkada.platform.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The shape every import file shares: UTF-8 CSV with a header row of distinct names, cells trimmed, empty
 * lines skipped, rows numbered as a spreadsheet shows them (the header is row 1; empty lines are not counted). Each importer turns the rows into its own row
 * records and words the shape problems (missing columns, a wrong number of cells, a broken quote) as its own
 * problem kind, so that one reader serves the region, TPS, agency and shipment-plan files alike.
 */
public final class CsvSheet {

    /** No limit on the number of data rows (the national TPS file has ~435,000). */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setTrim(true)
            .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();

    /** One data row: its number and its cells by column name. */
    public static final class Row {

        private final int number;
        private final CSVRecord record;

        private Row(int number, CSVRecord record) {
            this.number = number;
            this.record = record;
        }

        /** The row as a spreadsheet numbers it (the header is row 1). */
        public int number() {
            return number;
        }

        /** The cell of a column, {@code ""} when the file has no such column (optional columns). */
        public String get(String column) {
            return record.isMapped(column) ? record.get(column) : "";
        }
    }

    /**
     * A problem of the file's shape.
     *
     * @param rowNumber the row, 1 for the header, 0 when the file could not be read on
     * @param detail    what was wrong, in English ({@code missing column code}, {@code 3 columns})
     */
    public record ShapeProblem(int rowNumber, String detail) {
    }

    /**
     * What was read.
     *
     * @param columns   the header's column names
     * @param overLimit whether the file has more data rows than the limit (reading stopped there)
     */
    public record Read<R>(Set<String> columns, List<R> rows, List<ShapeProblem> problems, boolean overLimit) {
    }

    private CsvSheet() {
    }

    /**
     * Reads the rows of a file, or none when a required column is missing (one problem per missing column).
     *
     * @param maxRows data rows read at most; one more marks the file {@link Read#overLimit()}
     * @param toRow   turns a well-formed row into the importer's row record
     */
    public static <R> Read<R> read(Reader source, List<String> requiredColumns, int maxRows,
                                   Function<Row, R> toRow) {
        List<R> rows = new ArrayList<>();
        List<ShapeProblem> problems = new ArrayList<>();
        Set<String> columns = Set.of();
        boolean overLimit = false;
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(source)).setFormat(FORMAT).get()) {
            columns = Set.copyOf(parser.getHeaderNames());
            for (String column : requiredColumns) {
                if (!columns.contains(column)) {
                    problems.add(new ShapeProblem(1, "missing column " + column));
                }
            }
            if (!problems.isEmpty()) {
                return new Read<>(columns, rows, problems, false);
            }
            int read = 0;
            for (CSVRecord record : parser) {
                if (++read > maxRows) {
                    overLimit = true;
                    break;
                }
                int rowNumber = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new ShapeProblem(rowNumber, record.size() + " columns"));
                    continue;
                }
                rows.add(toRow.apply(new Row(rowNumber, record)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // commons-csv reports a broken quote or a duplicate/empty header this way
            problems.add(new ShapeProblem(0, e.getMessage()));
        }
        return new Read<>(columns, rows, problems, overLimit);
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
}
