package id.deskpilkada.logistics.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/** How long a shipment is past its ETA, in whole hours, and the same as days and hours for people to read. */
public record Lateness(long hours) {

    /** Zero when the ETA has not passed (or there is none). */
    public static Lateness of(LocalDateTime etaUtc, LocalDateTime nowUtc) {
        if (etaUtc == null || !nowUtc.isAfter(etaUtc)) {
            return new Lateness(0);
        }
        return new Lateness(Duration.between(etaUtc, nowUtc).toHours());
    }

    public long days() {
        return hours / 24;
    }

    /** The hours beyond the whole days. */
    public long hoursOfDay() {
        return hours % 24;
    }
}
