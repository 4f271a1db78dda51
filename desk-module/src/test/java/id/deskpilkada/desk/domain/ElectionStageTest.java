package id.deskpilkada.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A stage is done on a day that has come, has a name, and is behind once its planned end passed undone. */
class ElectionStageTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 11, 26);

    private static ElectionStage stage() {
        ElectionStage stage = new ElectionStage();
        stage.plan("Pelaksanaan kampanye", LocalDate.of(2024, 11, 23));
        return stage;
    }

    @Test
    void aStageIsDoneOnADayThatHasComeAndCanBeReopened() {
        ElectionStage stage = stage();

        assertThat(stage.isBehind(TODAY)).isTrue();
        stage.markDone(LocalDate.of(2024, 11, 23), TODAY);
        assertThat(stage.isDone()).isTrue();
        assertThat(stage.isBehind(TODAY)).isFalse();
        stage.reopen();
        assertThat(stage.isDone()).isFalse();
    }

    @Test
    void notInTheFutureAndNotWithoutADay() {
        ElectionStage stage = stage();

        assertThatThrownBy(() -> stage.markDone(TODAY.plusDays(1), TODAY)).isInstanceOf(DeskRuleViolation.class)
                .extracting(e -> ((DeskRuleViolation) e).problem()).isEqualTo(DeskProblem.DONE_IN_FUTURE);
        assertThatThrownBy(() -> stage.markDone(null, TODAY)).isInstanceOf(DeskRuleViolation.class)
                .extracting(e -> ((DeskRuleViolation) e).problem()).isEqualTo(DeskProblem.DONE_DATE_REQUIRED);
        assertThat(stage.isDone()).isFalse();
    }

    @Test
    void aStageNeedsAShortEnoughName() {
        ElectionStage stage = stage();

        assertThatThrownBy(() -> stage.plan("  ", null)).isInstanceOf(DeskRuleViolation.class)
                .extracting(e -> ((DeskRuleViolation) e).problem()).isEqualTo(DeskProblem.STAGE_NAME_REQUIRED);
        assertThatThrownBy(() -> stage.plan("x".repeat(301), null)).isInstanceOf(DeskRuleViolation.class)
                .extracting(e -> ((DeskRuleViolation) e).problem()).isEqualTo(DeskProblem.NAME_TOO_LONG);
        stage.plan("  Penetapan pasangan calon terpilih ", null);
        assertThat(stage.name()).isEqualTo("Penetapan pasangan calon terpilih");
        assertThat(stage.isBehind(TODAY)).as("nothing planned").isFalse();
    }

    @Test
    void progressCountsTheStagesDone() {
        assertThat(new StageProgress(13, 16).percent()).isEqualTo(81);
        assertThat(new StageProgress(0, 0).percent()).isZero();
    }
}
