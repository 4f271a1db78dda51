package id.deskpilkada.platform.domain.agency;

import java.util.List;

/**
 * One agency of an agency file as read, before validation.
 *
 * @param rowNumber the row in the file as a spreadsheet shows it (the header is row 1)
 * @param key       the row's own key, by which later rows name it as their parent
 * @param parentKey the key of an earlier row, or blank
 */
public record AgencyRow(int rowNumber, String key, String type, String name, String regionCode, String parentKey,
                        List<Contact> contacts) {

    public AgencyRow {
        contacts = List.copyOf(contacts);
    }

    /** A contact person of the row's agency, as read. */
    public record Contact(String name, String position, String phone, String email) {
    }
}
