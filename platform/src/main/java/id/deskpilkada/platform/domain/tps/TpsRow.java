package id.deskpilkada.platform.domain.tps;

/**
 * One data row of a TPS file as read, before validation; every cell as text.
 *
 * @param rowNumber the row as a spreadsheet shows it (the header is row 1)
 * @param latitude  blank when the file has no coordinate columns or the cell is empty
 */
public record TpsRow(int rowNumber, String villageCode, String number, String voters, String address,
                     String latitude, String longitude) {
}
