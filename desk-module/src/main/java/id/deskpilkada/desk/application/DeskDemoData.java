package id.deskpilkada.desk.application;

import id.deskpilkada.platform.application.ModuleDemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The demo's election as it stood on the day before the vote, the day of the NTT rakor kesiapan the meeting demo
 * holds (26 November 2024): the stages planned to end by then are done on their planned day — 13 of Pilkada 2024's
 * 16 — through the service, so that they are audited. The read model itself fills from the other modules' events.
 */
@ApplicationScoped
public class DeskDemoData implements ModuleDemoData {

    /** H-1 of Pilkada serentak 2024. */
    static final LocalDate SCENARIO_DAY = LocalDate.of(2024, 11, 26);

    private static final Logger LOG = Logger.getLogger(DeskDemoData.class.getName());

    @Inject
    Elections elections;

    @Override
    public void loadIfEmpty() {
        for (ElectionView election : elections.all()) {
            if (election.stagesDone() > 0) {
                continue;
            }
            int done = 0;
            for (StageView stage : election.stages()) {
                if (stage.plannedEnd() != null && !stage.plannedEnd().isAfter(SCENARIO_DAY)) {
                    elections.markDone(stage.id(), stage.version(), stage.plannedEnd());
                    done++;
                }
            }
            int count = done;
            LOG.info(() -> "Demo election " + election.name() + ": " + count + " of " + election.stagesTotal()
                    + " stages done by " + SCENARIO_DAY);
        }
    }
}
