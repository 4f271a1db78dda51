package id.deskpilkada.desk.domain;

import java.time.LocalDateTime;

/**
 * Logistics readiness: TPS whose full kit has arrived out of all TPS, and the whole percent logistics gave; with the
 * percent before the last change and when it changed (both null until it first changed), so that a dip shows.
 */
public record Readiness(int percent, long tpsReady, long tpsTotal, Integer previousPercent, LocalDateTime changedAt) {

    public Readiness(int percent, long tpsReady, long tpsTotal) {
        this(percent, tpsReady, tpsTotal, null, null);
    }

    /** Percentage points since the last change: negative for a dip; 0 before any change. */
    public int change() {
        return previousPercent == null ? 0 : percent - previousPercent;
    }

    public boolean dipped() {
        return change() < 0;
    }

    public boolean rose() {
        return change() > 0;
    }
}
