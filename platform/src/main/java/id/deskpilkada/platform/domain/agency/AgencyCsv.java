package id.deskpilkada.platform.domain.agency;

import id.deskpilkada.platform.domain.CsvSheet;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an agency file: one row per agency with up to {@value #MAX_CONTACTS} contact persons in column
 * groups {@code contactN_name, contactN_position, contactN_phone, contactN_email}. A row names its parent
 * by the {@code key} of an earlier row, since ids do not exist before the load.
 */
public final class AgencyCsv {

    public static final int MAX_CONTACTS = 2;
    static final List<String> AGENCY_COLUMNS = List.of("key", "type", "name", "region_code", "parent_key");
    private static final List<String> CONTACT_FIELDS = List.of("name", "position", "phone", "email");

    public record Parsed(List<AgencyRow> rows, List<AgencyRowProblem> problems) {
    }

    private AgencyCsv() {
    }

    public static Parsed read(Reader source) {
        CsvSheet.Read<AgencyRow> read = CsvSheet.read(source, requiredColumns(), CsvSheet.UNLIMITED,
                row -> new AgencyRow(row.number(), row.get("key"), row.get("type"), row.get("name"),
                        row.get("region_code"), row.get("parent_key"), contacts(row)));
        return new Parsed(read.rows(), read.problems().stream()
                .map(p -> new AgencyRowProblem(p.rowNumber(), AgencyProblem.MALFORMED_ROW, p.detail())).toList());
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

    private static List<AgencyRow.Contact> contacts(CsvSheet.Row row) {
        List<AgencyRow.Contact> contacts = new ArrayList<>();
        for (int n = 1; n <= MAX_CONTACTS; n++) {
            String prefix = "contact" + n + "_";
            AgencyRow.Contact contact = new AgencyRow.Contact(row.get(prefix + "name"),
                    row.get(prefix + "position"), row.get(prefix + "phone"), row.get(prefix + "email"));
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
