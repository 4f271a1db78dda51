package id.deskpilkada.desk.domain;

import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The countdown to hari H as the desk counts it: H-7 a week before the voting day, H-0 on it, H+2 two days after;
 * days are counted in the region's own date (WIB, WITA, WIT), so Kupang reaches H-0 an hour before Jakarta. The
 * nation counts in Jakarta.
 */
public record Countdown(LocalDate votingDay) {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    public Countdown {
        if (votingDay == null) {
            throw new IllegalArgumentException("A countdown needs a voting day");
        }
    }

    /** Days from the region's date at {@code now} to the voting day: 7 a week before, 0 on it, -2 after. */
    public long daysLeft(Instant now, String regionCode) {
        return ChronoUnit.DAYS.between(today(now, regionCode), votingDay);
    }

    /** "H-7", "H-0" or "H+2" for the region at {@code now}. */
    public String label(Instant now, String regionCode) {
        return label(daysLeft(now, regionCode));
    }

    public static String label(long daysLeft) {
        return daysLeft >= 0 ? "H-" + daysLeft : "H+" + -daysLeft;
    }

    /** The region's date at {@code now}: its own zone, Jakarta's for the nation. */
    public static LocalDate today(Instant now, String regionCode) {
        return now.atZone(zoneOf(regionCode)).toLocalDate();
    }

    static ZoneId zoneOf(String regionCode) {
        return RegionCode.isWellFormed(regionCode) ? IndonesianTimeZone.forRegion(regionCode).zone() : JAKARTA;
    }
}
