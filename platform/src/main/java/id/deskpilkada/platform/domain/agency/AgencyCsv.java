package id.deskpilkada.platform.domain.agency;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an agency file: one row per agency with up to {@value #MAX_CONTACTS} contact persons in column
 * groups {@code contactN_name, contactN_position, contactN_phone, contactN_email}. A row names its parent
 * by the {@code key} of an earlier row, since ids do not exist before the load.
 */
public final class AgencyCsv {

    public static final int MAX_CONTACTS = 2;
    static final List<String> AGENCY_COLUMNS = List.of("key", "type", "name", "region_code", "parent_key");
    private static final List<String> CONTACT_FIELDS = List.of("name", "position", "phone", "email");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    public record Parsed(List<AgencyRow> rows, List<AgencyRowProblem> problems) {
    }

    private AgencyCsv() {
    }

    public static Parsed read(Reader source) {
        List<AgencyRow> rows = new ArrayList<>();
        List<AgencyRowProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(source).setFormat(FORMAT).get()) {
            for (String column : requiredColumns()) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new AgencyRowProblem(1, AgencyProblem.MALFORMED_ROW, "missing column " + column));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(rows, problems);
            }
            for (CSVRecord record : parser) {
                int rowNumber = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new AgencyRowProblem(rowNumber, AgencyProblem.MALFORMED_ROW,
                            record.size() + " columns"));
                    continue;
                }
                rows.add(new AgencyRow(rowNumber, record.get("key"), record.get("type"), record.get("name"),
                        record.get("region_code"), record.get("parent_key"), contacts(record)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add(new AgencyRowProblem(0, AgencyProblem.MALFORMED_ROW, e.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    static List<String> requiredColumns() {
        List<String> columns = new ArrayList<>(AGENCY_COLUMNS);
        for (int n = 1; n <= MAX_CONTACTS; n++) {
            for (String field : CONTACT_FIELDS) {
                columns.add("contact" + n + "_" + field);
            }
        }
        return columns;
    }

    private static List<AgencyRow.Contact> contacts(CSVRecord record) {
        List<AgencyRow.Contact> contacts = new ArrayList<>();
        for (int n = 1; n <= MAX_CONTACTS; n++) {
            String prefix = "contact" + n + "_";
            AgencyRow.Contact contact = new AgencyRow.Contact(record.get(prefix + "name"),
                    record.get(prefix + "position"), record.get(prefix + "phone"), record.get(prefix + "email"));
            if (!isEmpty(contact)) {
                contacts.add(contact);
            }
        }
        return contacts;
    }

    private static boolean isEmpty(AgencyRow.Contact c) {
        return blank(c.name()) && blank(c.position()) && blank(c.phone()) && blank(c.email());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
