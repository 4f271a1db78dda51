package id.deskpilkada.logistics.domain;

import java.util.List;

/**
 * One row of a shipment plan file as read, before validation; every cell as text. A row is one line (item and
 * quantity) of the shipment its number names; the other cells describe that shipment.
 *
 * @param rowNumber the row as a spreadsheet shows it (the header is row 1)
 */
public record PlanRow(int rowNumber, String number, String fromKind, String fromRegion, String toKind,
                      String toRegion, String toTps, String itemCode, String quantity, String seals, String vehicle,
                      String driver, String escortNeeded, String departure, String eta) {

    /** The cells that describe the shipment, in the order of {@link PlanCsv#SHIPMENT_COLUMNS}. */
    public List<String> shipmentCells() {
        return java.util.Arrays.asList(fromKind, fromRegion, toKind, toRegion, toTps, seals, vehicle, driver,
                escortNeeded, departure, eta);
    }
}
