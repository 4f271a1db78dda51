package id.deskpilkada.platform.domain.tps;

/**
 * Why a TPS row or a TPS change is refused. Rows of a file carry their row number as a spreadsheet shows it
 * (the header is row 1); a single change made in a form carries 0. The portal words each {@link Kind} from
 * its resource bundle ({@code tps.problem.KIND}), with the village code, the number and the detail.
 *
 * @param number the TPS number as written in the file (it may be unreadable), {@code null} if absent
 * @param detail what was wrong in the row's own words (the value read, the row of the first duplicate …)
 */
public record TpsProblem(int rowNumber, Kind kind, String villageCode, String number, String detail) {

    public enum Kind {
        /** Missing columns, a wrong number of cells, a file that is no CSV. */
        MALFORMED_ROW,
        /** The code is no desa/kelurahan of the region tree. */
        UNKNOWN_VILLAGE,
        /** The village lies outside the importing user's jurisdiction. */
        OUT_OF_SCOPE,
        /** The TPS number is no whole number in 1..999. */
        BAD_NUMBER,
        /** The village already has a TPS of this number (earlier in the file, or already stored). */
        DUPLICATE_NUMBER,
        /** Voters are no whole number in 1..600. */
        VOTERS_OUT_OF_RANGE,
        /** Only one of latitude/longitude, not a decimal number, or a point outside Indonesia. */
        BAD_COORDINATES,
        /** The address is empty or longer than {@value TpsRules#MAX_ADDRESS} characters. */
        BAD_ADDRESS
    }
}
