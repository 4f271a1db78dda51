package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.PlanRowProblem;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The outcome of a dry run or an apply of a shipment plan file: counts, the first shipments it creates (or
 * would) and every problem with its row.
 *
 * @param applied    whether the shipments were created (never for a dry run or a file with problems)
 * @param applicable whether the file has no problems, so that apply would create its shipments
 * @param sample     the first {@value #SAMPLE} shipments, in file order
 */
public record ShipmentImportReport(boolean applied, boolean applicable, int rows, int shipments, int lines,
                                   List<Planned> sample, List<PlanRowProblem> problems, long millis) {

    public static final int SAMPLE = 200;

    /** One shipment of the file: its first row, route, number of lines and times (UTC). */
    public record Planned(int rowNumber, String number, String from, String to, int lines,
                          LocalDateTime departureUtc, LocalDateTime etaUtc) {
    }
}
