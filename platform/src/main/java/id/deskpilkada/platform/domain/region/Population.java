package id.deskpilkada.platform.domain.region;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Population of a province or kabupaten/kota ({@code population.csv}: code,name,male,female,total). */
public record Population(String code, long male, long female, long total) {

    /** Rows of the population file; the national total (code {@code 0}) is left out, it is derived. */
    public static List<Population> read(Reader source) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Population> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(source).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                if (RegionCode.isWellFormed(r.get("code"))) {
                    rows.add(new Population(r.get("code"), Long.parseLong(r.get("male")),
                            Long.parseLong(r.get("female")), Long.parseLong(r.get("total"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
