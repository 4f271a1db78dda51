package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.domain.tps.TpsProblem;
import java.util.List;

/**
 * The outcome of a dry run or an apply: counts, the first TPS of each kind of change (a national file may
 * add hundreds of thousands; the page shows samples) and every problem.
 *
 * @param applied       whether the changes were written (never for a dry run or a file with problems)
 * @param applicable    whether the file has no problems, so that apply would write it
 * @param addedSample   keys ({@code 53.71.01.1001/001}) of the first {@value #SAMPLE} TPS added
 * @param updatedSample keys of the first {@value #SAMPLE} TPS updated
 */
public record TpsImportReport(boolean applied, boolean applicable, int rows, int added, int updated, int unchanged,
                              List<String> addedSample, List<String> updatedSample, List<TpsProblem> problems,
                              long millis) {

    public static final int SAMPLE = 200;
}
