package id.deskpilkada.desk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Which of a region's children need attention first: a score from 0 to 100 of five weighted signs, each from 0
 * to 1 —
 * <ul>
 *   <li>logistics readiness short of 100% (weight {@value #READINESS}): (100 − percent) / 100; nothing while
 *       logistics announced no readiness for the region;</li>
 *   <li>open incidents of severity tinggi ({@value #GRAVE_INCIDENTS}): the region's count ÷ the largest count
 *       among its siblings;</li>
 *   <li>personnel gap ({@value #PERSONNEL_GAP}): personnel missing ÷ personnel needed, at most 1;</li>
 *   <li>action items overdue ({@value #OVERDUE_ACTIONS}): count ÷ the largest among the siblings;</li>
 *   <li>shipments late ({@value #LATE_SHIPMENTS}): count ÷ the largest among the siblings.</li>
 * </ul>
 * Counts are taken relative to the siblings, so that the ranking reads the same at every level (a province has
 * more incidents than a kecamatan); shares are absolute. Regions with nothing to worry about are left out; ties go
 * by region code.
 */
public final class AttentionRanking {

    static final int READINESS = 30;
    static final int GRAVE_INCIDENTS = 25;
    static final int PERSONNEL_GAP = 20;
    static final int OVERDUE_ACTIONS = 15;
    static final int LATE_SHIPMENTS = 10;

    /** A sign and the figure behind it, e.g. readiness 62 (%), 3 grave incidents. */
    public enum Sign { READINESS, GRAVE_INCIDENTS, PERSONNEL_GAP, OVERDUE_ACTIONS, LATE_SHIPMENTS }

    /** One sign's share of the score and its figure. */
    public record Reason(Sign sign, long figure, double points) {
    }

    /** A region's score, rounded to one decimal, with its reasons, the weightiest first. */
    public record Attention(String regionCode, double score, List<Reason> reasons) {
    }

    private AttentionRanking() {
    }

    /** The siblings needing attention, the most first, at most {@code max}. */
    public static List<Attention> rank(List<RegionFigures> siblings, int max) {
        long mostGrave = most(siblings, f -> f.incidents().grave());
        long mostOverdue = most(siblings, f -> f.actions().overdue());
        long mostLate = most(siblings, f -> f.shipments().late());
        return siblings.stream()
                .map(f -> score(f, mostGrave, mostOverdue, mostLate))
                .filter(a -> a.score() > 0)
                .sorted(Comparator.comparingDouble(Attention::score).reversed()
                        .thenComparing(Attention::regionCode))
                .limit(max)
                .toList();
    }

    static Attention score(RegionFigures f, long mostGrave, long mostOverdue, long mostLate) {
        List<Reason> reasons = new ArrayList<>();
        Readiness readiness = f.readiness();
        if (readiness != null && readiness.tpsTotal() > 0 && readiness.percent() < 100) {
            reasons.add(new Reason(Sign.READINESS, readiness.percent(),
                    READINESS * (100 - Math.max(0, readiness.percent())) / 100.0));
        }
        relative(reasons, Sign.GRAVE_INCIDENTS, f.incidents().grave(), mostGrave, GRAVE_INCIDENTS);
        Personnel personnel = f.personnel();
        if (personnel.gap() > 0 && personnel.needed() > 0) {
            reasons.add(new Reason(Sign.PERSONNEL_GAP, personnel.gap(),
                    PERSONNEL_GAP * Math.min(1.0, personnel.gap() / (double) personnel.needed())));
        }
        relative(reasons, Sign.OVERDUE_ACTIONS, f.actions().overdue(), mostOverdue, OVERDUE_ACTIONS);
        relative(reasons, Sign.LATE_SHIPMENTS, f.shipments().late(), mostLate, LATE_SHIPMENTS);
        reasons.sort(Comparator.comparingDouble(Reason::points).reversed());
        double score = Math.round(reasons.stream().mapToDouble(Reason::points).sum() * 10) / 10.0;
        return new Attention(f.regionCode(), score, List.copyOf(reasons));
    }

    private static void relative(List<Reason> reasons, Sign sign, long count, long most, int weight) {
        if (count > 0 && most > 0) {
            reasons.add(new Reason(sign, count, weight * count / (double) most));
        }
    }

    private static long most(List<RegionFigures> siblings, ToLongFunction<RegionFigures> count) {
        return siblings.stream().mapToLong(count).max().orElse(0);
    }
}
