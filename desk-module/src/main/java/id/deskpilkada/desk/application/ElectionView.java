package id.deskpilkada.desk.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An election with its countdown and stage progress, as seen from one region (H-n counts in that region's date).
 *
 * @param daysLeft days to the voting day: 7 a week before, 0 on the day, negative after
 * @param countdown "H-7", "H-0", "H+2"
 */
public record ElectionView(UUID id, String name, LocalDate votingDay, boolean active, Set<String> regionPrefixes,
                           long daysLeft, String countdown, int stagesDone, int stagesTotal, List<StageView> stages,
                           long version) {

    /** Whole percent of the stages done. */
    public int percentDone() {
        return stagesTotal == 0 ? 0 : stagesDone * 100 / stagesTotal;
    }
}
