package id.deskpilkada.portal.rest;

import java.util.List;

/**
 * RFC 9457 problem details for an uploaded file with bad rows (422): the standard members and, as an extension
 * member, every problem with its row, so that a script can point its user at the cells to fix.
 */
public record FileProblemDetails(String type, String title, int status, String detail, String instance,
                                 List<RowProblem> problems) {

    public static final int UNPROCESSABLE = 422;

    /**
     * @param row    the row as a spreadsheet shows it (the header is row 1); 0 for the file as a whole
     * @param code   the problem's name, e.g. {@code UNKNOWN_TPS}
     * @param detail the problem in English
     */
    public record RowProblem(int row, String shipment, String code, String detail) {
    }
}
