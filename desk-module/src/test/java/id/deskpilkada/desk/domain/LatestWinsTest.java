package id.deskpilkada.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Figures of which only the latest counts ignore an older event, however late it is delivered. */
class LatestWinsTest {

    private static final LocalDateTime T1 = LocalDateTime.of(2024, 11, 20, 1, 0);
    private static final LocalDateTime T2 = T1.plusMinutes(5);
    private static final LocalDateTime T3 = T1.plusMinutes(10);

    @Test
    void anOlderReadinessDeliveredLateChangesNothingAndTheSameMomentIsHarmless() {
        ReadinessFigure figure = new ReadinessFigure("53.71", 41, 410, 1000, T2);

        assertThat(figure.announced(40, 400, 1000, T1)).isFalse();
        assertThat(figure.readiness()).isEqualTo(new Readiness(41, 410, 1000));
        assertThat(figure.announced(41, 410, 1000, T2)).as("a repeat").isTrue();
        assertThat(figure.announced(42, 420, 1000, T3)).isTrue();
        assertThat(figure.readiness()).isEqualTo(new Readiness(42, 420, 1000, 41, T3));
        assertThat(figure.asOf()).isEqualTo(T3);
    }

    @Test
    void aDipIsKeptUntilThePercentChangesAgainNotWipedOutByTheSameFigureAnnouncedOnceMore() {
        ReadinessFigure figure = new ReadinessFigure("53.71.05", 93, 930, 1000, T1);
        assertThat(figure.readiness().change()).as("nothing to compare with yet").isZero();

        figure.announced(88, 880, 1000, T2);
        assertThat(figure.readiness().dipped()).isTrue();
        assertThat(figure.readiness().change()).isEqualTo(-5);
        figure.announced(88, 880, 1000, T3); // a snapshot after a rebuild
        assertThat(figure.readiness()).isEqualTo(new Readiness(88, 880, 1000, 93, T2));

        figure.announced(90, 900, 1000, T3.plusMinutes(1));
        assertThat(figure.readiness().rose()).isTrue();
        assertThat(figure.readiness().previousPercent()).isEqualTo(88);
    }

    @Test
    void regionFiguresKnowTheirParent() {
        assertThat(new ReadinessFigure("", 1, 1, 100, T1)).extracting("parentCode").isNull();
        assertThat(new ReadinessFigure("53", 1, 1, 100, T1)).extracting("parentCode").isEqualTo("");
        assertThat(new VulnerabilityFigure("53.71", CategoryCounts.NONE, T1)).extracting("parentCode")
                .isEqualTo("53");
        assertThat(new IndexFigure("53.71", new IndexScore(BigDecimal.TEN, "rendah", 100), T1))
                .extracting("parentCode").isEqualTo("53");
    }

    @Test
    void vulnerabilityCountsDeploymentPlansAndIndicesKeepTheNewest() {
        VulnerabilityFigure counts = new VulnerabilityFigure("53.71", new CategoryCounts(900, 40, 5, 2), T3);
        DeploymentFigure plan = new DeploymentFigure("53.71", Personnel.ofKabKota(10, 1, 20, 8, 1, 20, 5), T3);
        IndexFigure index = new IndexFigure("53.71", new IndexScore(new BigDecimal("52.10"), "tinggi", 100), T3);

        counts.counted(new CategoryCounts(1, 1, 1, 1), T2);
        plan.planned(Personnel.NONE, T1);
        index.computed(new IndexScore(BigDecimal.ONE, "rendah", 10), T2);

        assertThat(counts.counts()).isEqualTo(new CategoryCounts(900, 40, 5, 2));
        assertThat(plan.personnel().gap()).isEqualTo(2);
        assertThat(index.index().level()).isEqualTo("tinggi");
    }

    @Test
    void aReportedFigureOfALaterMeetingWinsEvenWhenItsMinutesWereApprovedEarlier() {
        UUID rakor20 = UUID.randomUUID();
        UUID rakor14 = UUID.randomUUID();
        ReportedFigure figure = new ReportedFigure("15.71", report(rakor20, "Target partisipasi", "86",
                LocalDate.of(2024, 11, 20)), T1);

        assertThat(figure.reported(report(rakor14, "target  partisipasi ", "80.33", LocalDate.of(2024, 11, 14)), T3))
                .as("an older meeting approved later").isFalse();
        assertThat(figure.value()).isEqualByComparingTo("86");

        assertThat(figure.reported(report(rakor20, "Target partisipasi", "87", LocalDate.of(2024, 11, 20)), T2))
                .as("the same meeting, published later").isTrue();
        assertThat(figure.value()).isEqualByComparingTo("87");
        assertThat(figure.reported(report(rakor20, "Target partisipasi", "85", LocalDate.of(2024, 11, 20)), T1))
                .as("the same meeting, published earlier").isFalse();
        assertThat(ReportedFigure.keyOf(" Target   Partisipasi ")).isEqualTo("target partisipasi");
    }

    private static ReportedFigure.Report report(UUID meeting, String indicator, String value, LocalDate day) {
        return new ReportedFigure.Report(meeting, "KPU Kota Jambi", indicator, new BigDecimal(value), "%", day);
    }

    @Test
    void anAnnouncedGapKeepsTheNewestFigures() {
        DeploymentGapFigure gap = new DeploymentGapFigure("53.08", "polri", 400, 300, 20, T2);

        assertThat(gap.announced(500, 300, 20, T1)).isFalse();
        assertThat(gap.gap()).isEqualTo(100);
        assertThat(gap.announced(450, 300, 20, T3)).isTrue();
        assertThat(gap.gap()).isEqualTo(150);
    }
}
