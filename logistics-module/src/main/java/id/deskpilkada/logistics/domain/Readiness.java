package id.deskpilkada.logistics.domain;

/**
 * Readiness of a region: of its active TPS, how many have received their full kit. Kept per region at every
 * level (desa … province, and "" for the nation) and moved by one TPS at a time.
 */
public record Readiness(String regionCode, long tpsTotal, long tpsReady) {

    /** Whole percent, rounded down: 98 only once 98% are really there. */
    public int percent() {
        return wholePercent(tpsReady, tpsTotal);
    }

    /** {@code ready} of {@code total} in whole percent, rounded down; 0 of nothing. */
    public static int wholePercent(long ready, long total) {
        return total == 0 ? 0 : (int) (ready * 100 / total);
    }

    /** Exact percentage for display. */
    public double exactPercent() {
        return tpsTotal == 0 ? 0 : tpsReady * 100.0 / tpsTotal;
    }

    /** Whether going from this to {@code after} crosses a whole percent (the only changes worth an event). */
    public boolean crossesWholePercent(Readiness after) {
        return percent() != after.percent();
    }
}
