package id.deskpilkada.desk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.desk.domain.DeskRuleViolation;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.Role;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Administrators of the election's regions mark stages done, reopen and replan them; audited, versioned. */
class ElectionsTest {

    private final DeskFixture desk = new DeskFixture(Instant.parse("2024-11-26T02:00:00Z"));

    @AfterEach
    void close() {
        desk.close();
    }

    private StageView stage(int ordinal) {
        return desk.db.inTransaction(() -> desk.elections.all()).get(0).stages().get(ordinal - 1);
    }

    @Test
    void theSeededElectionHasSixteenStagesInOrder() {
        ElectionView election = desk.db.inTransaction(() -> desk.elections.all()).get(0);

        assertThat(election.votingDay()).isEqualTo(LocalDate.of(2024, 11, 27));
        assertThat(election.regionPrefixes()).containsExactly("");
        assertThat(election.stages()).hasSize(16).extracting(StageView::ordinal).isSorted();
        assertThat(election.stages().get(12).name()).isEqualTo("Pelaksanaan kampanye");
        assertThat(election.stages()).filteredOn(StageView::behind).hasSize(13);
    }

    @Test
    void aStageIsMarkedDoneReopenedAndReplannedWithItsVersionAndAnAuditEntryEach() {
        StageView campaign = stage(13);

        StageView done = desk.db.inTransaction(() -> desk.elections.markDone(campaign.id(), campaign.version(),
                LocalDate.of(2024, 11, 23)));
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2024, 11, 23));
        assertThat(done.version()).isEqualTo(campaign.version() + 1);
        assertThatThrownBy(() -> desk.db.inTransaction(() -> desk.elections.reopen(campaign.id(), campaign.version())))
                .isInstanceOf(OptimisticLockException.class);

        desk.db.inTransaction(() -> desk.elections.reopen(done.id(), done.version()));
        desk.db.inTransaction(() -> desk.elections.plan(done.id(), done.version() + 1, "Kampanye dan masa tenang",
                LocalDate.of(2024, 11, 26)));

        assertThat(stage(13).name()).isEqualTo("Kampanye dan masa tenang");
        assertThat(stage(13).done()).isFalse();
        assertThat(desk.audit.entries).containsExactly("election.stage.done " + campaign.id(),
                "election.stage.reopened " + campaign.id(), "election.stage.planned " + campaign.id());
    }

    @Test
    void notAheadOfTheEasternmostDateAndOnlyByAdministratorsOfTheWholeElection() {
        StageView voting = stage(14);

        assertThat(desk.db.inTransaction(() -> desk.elections.markDone(voting.id(), voting.version(),
                LocalDate.of(2024, 11, 26))).done()).isTrue();
        StageView counting = stage(15);
        assertThatThrownBy(() -> desk.db.inTransaction(() -> desk.elections.markDone(counting.id(),
                counting.version(), LocalDate.of(2024, 11, 27)))).isInstanceOf(DeskRuleViolation.class);

        desk.caller.is(EnumSet.of(Role.ADMIN), "53");
        assertThatThrownBy(() -> desk.db.inTransaction(() -> desk.elections.markDone(counting.id(),
                counting.version(), LocalDate.of(2024, 11, 25)))).isInstanceOf(AccessDeniedException.class);
        desk.caller.is(EnumSet.of(Role.LEADERSHIP), "");
        assertThatThrownBy(() -> desk.db.inTransaction(desk.elections::all)).isInstanceOf(AccessDeniedException.class);
    }
}
