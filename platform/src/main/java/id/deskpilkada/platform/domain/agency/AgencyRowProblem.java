package id.deskpilkada.platform.domain.agency;

/** Why a row of an agency file cannot be loaded; 0 as row number for a problem of the whole file. */
public record AgencyRowProblem(int rowNumber, AgencyProblem problem, String detail) {

    @Override
    public String toString() {
        return "row " + rowNumber + ": " + problem.describe(detail);
    }
}
