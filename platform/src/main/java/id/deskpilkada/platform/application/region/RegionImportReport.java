package id.deskpilkada.platform.application.region;

import id.deskpilkada.platform.domain.region.ImportProblem;
import id.deskpilkada.platform.domain.region.RegionChange;
import java.util.List;

/**
 * The outcome of a dry run or an apply: counts, the first changes of each kind (a national file may
 * change tens of thousands of regions, the page shows samples) and every problem.
 */
public record RegionImportReport(boolean applied, boolean applicable, int rows, int added, int renamed, int moved,
                                 int removed, int unchanged, List<String> addedSample,
                                 List<RegionChange> renamedSample, List<RegionChange> movedSample,
                                 List<String> removedSample, List<ImportProblem> problems, long millis) {

    public static final int SAMPLE = 200;
}
