package id.deskpilkada.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.desk.domain.AttentionRanking.Attention;
import id.deskpilkada.desk.domain.AttentionRanking.Sign;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented score: five weighted signs, counts relative to the siblings, shares absolute. */
class AttentionRankingTest {

    private static RegionFigures region(String code, Integer readiness, long grave, Personnel personnel, long overdue,
                                        long late) {
        return new RegionFigures(code, readiness == null ? null : new Readiness(readiness, readiness, 100),
                new ShipmentCounts(late, 0, late),
                IncidentCounts.of(IncidentState.DILAPORKAN, IncidentSeverity.TINGGI, grave),
                CategoryCounts.NONE, personnel, null, new ActionCounts(overdue, overdue));
    }

    @Test
    void everySignAtItsWorstScoresTheWholeHundred() {
        RegionFigures worst = region("53.01", 0, 3, Personnel.ofKabKota(100, 0, 0, 0, 0, 0, 0), 5, 7);

        Attention a = AttentionRanking.rank(List.of(worst), 10).get(0);

        assertThat(a.score()).isEqualTo(100.0);
        assertThat(a.reasons()).extracting(AttentionRanking.Reason::sign).containsExactly(Sign.READINESS,
                Sign.GRAVE_INCIDENTS, Sign.PERSONNEL_GAP, Sign.OVERDUE_ACTIONS, Sign.LATE_SHIPMENTS);
    }

    @Test
    void countsAreTakenRelativeToTheSiblingsAndSharesAsTheyAre() {
        RegionFigures kupang = region("53.71", 80, 4, Personnel.ofKabKota(1000, 0, 0, 750, 0, 0, 0), 0, 0);
        RegionFigures ende = region("53.08", 100, 2, Personnel.NONE, 6, 3);

        List<Attention> ranking = AttentionRanking.rank(List.of(ende, kupang), 10);

        // Kupang: readiness 30 × 0.2 = 6, grave 25 × 4/4 = 25, gap 20 × 0.25 = 5 → 36
        // Ende: grave 25 × 2/4 = 12.5, overdue 15 × 6/6 = 15, late 10 × 3/3 = 10 → 37.5
        assertThat(ranking).extracting(Attention::regionCode).containsExactly("53.08", "53.71");
        assertThat(ranking).extracting(Attention::score).containsExactly(37.5, 36.0);
        assertThat(ranking.get(1).reasons()).extracting(AttentionRanking.Reason::sign)
                .as("the weightiest reason first").startsWith(Sign.GRAVE_INCIDENTS);
    }

    @Test
    void regionsWithNothingToWorryAboutAreLeftOutAndUnknownReadinessIsNoSign() {
        RegionFigures calm = region("53.01", 100, 0, Personnel.NONE, 0, 0);
        RegionFigures unannounced = region("53.02", null, 0, Personnel.NONE, 0, 0);
        RegionFigures behind = region("53.03", 99, 0, Personnel.NONE, 0, 0);

        assertThat(AttentionRanking.rank(List.of(calm, unannounced, behind), 10))
                .extracting(Attention::regionCode, Attention::score).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("53.03", 0.3));
    }

    @Test
    void tiesGoByRegionCodeAndTheListIsCut() {
        RegionFigures a = region("53.02", 50, 0, Personnel.NONE, 0, 0);
        RegionFigures b = region("53.01", 50, 0, Personnel.NONE, 0, 0);
        RegionFigures c = region("53.03", 10, 0, Personnel.NONE, 0, 0);

        assertThat(AttentionRanking.rank(List.of(a, b, c), 2)).extracting(Attention::regionCode)
                .containsExactly("53.03", "53.01");
    }
}
