package id.deskpilkada.platform.domain.region;

/**
 * One data row of a region CSV as read, before validation.
 *
 * @param rowNumber the row in the file as a spreadsheet shows it (the header is row 1)
 */
public record RegionRow(int rowNumber, String code, String name, String level, String parentCode) {
}
