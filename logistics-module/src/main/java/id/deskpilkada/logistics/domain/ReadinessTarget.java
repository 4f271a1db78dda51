package id.deskpilkada.logistics.domain;

/**
 * The share of TPS with a full kit a region must reach, in whole percent (100: every TPS). A region without
 * TPS has nothing to reach.
 */
public record ReadinessTarget(int percent) {

    public ReadinessTarget {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("A readiness target is a percentage from 1 to 100: " + percent);
        }
    }

    public boolean reachedBy(Readiness readiness) {
        return readiness.tpsReady() * 100 >= (long) percent * readiness.tpsTotal();
    }

    /** TPS that still need their full kit before the region reaches the target (0 once it has). */
    public long tpsShort(Readiness readiness) {
        long needed = ((long) percent * readiness.tpsTotal() + 99) / 100;
        return Math.max(0, needed - readiness.tpsReady());
    }
}
