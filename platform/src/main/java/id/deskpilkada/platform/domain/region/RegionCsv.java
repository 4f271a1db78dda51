package id.deskpilkada.platform.domain.region;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a region file with the columns {@code code,name,level,parent_code} (Kemendagri export format). */
public final class RegionCsv {

    static final String[] HEADER = {"code", "name", "level", "parent_code"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    public record Parsed(List<RegionRow> rows, List<ImportProblem> problems) {
    }

    private RegionCsv() {
    }

    public static Parsed read(Reader source) {
        List<RegionRow> rows = new ArrayList<>(100_000);
        List<ImportProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(source).setFormat(FORMAT).get()) {
            for (String column : HEADER) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new ImportProblem(1, ImportProblem.Kind.MALFORMED_ROW, null,
                            "missing column " + column));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(rows, problems);
            }
            int rowNumber = 1;
            for (CSVRecord record : parser) {
                rowNumber++;
                if (!record.isConsistent()) {
                    problems.add(new ImportProblem(rowNumber, ImportProblem.Kind.MALFORMED_ROW, null,
                            record.size() + " columns"));
                    continue;
                }
                rows.add(new RegionRow(rowNumber, record.get("code"), record.get("name"), record.get("level"),
                        record.get("parent_code")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new ImportProblem(0, ImportProblem.Kind.MALFORMED_ROW, null, e.getMessage()));
        }
        return new Parsed(rows, problems);
    }
}
