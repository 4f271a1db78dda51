package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Hari H, the voting day, and how far a moment lies from it as the officers count: H-7 a week before, H-0 on
 * the day, H+2 two days after. Days are counted in the region's own date (WIB, WITA or WIT), so that at
 * midnight in Kupang it is already the next day there while Jakarta is still on the last one.
 */
public record VotingDay(LocalDate date) {

    /** The zone of the nation as a whole and of codes the platform places in no province. */
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** The nation's region code: its days count in Jakarta. */
    public static final String NATION = "";

    public VotingDay {
        if (date == null) {
            throw new IllegalArgumentException("The voting day needs a date");
        }
    }

    /** Days from the region's date at {@code now} to the voting day: 7 a week before, 0 on it, -2 after. */
    public long daysLeft(Instant now, String regionCode) {
        return ChronoUnit.DAYS.between(now.atZone(zoneOf(regionCode)).toLocalDate(), date);
    }

    /** "H-7", "H-0" or "H+2" for the region at {@code now}. */
    public String label(Instant now, String regionCode) {
        return label(daysLeft(now, regionCode));
    }

    public static String label(long daysLeft) {
        return daysLeft >= 0 ? "H-" + daysLeft : "H+" + -daysLeft;
    }

    /** The region's zone as the platform assigns it by province; the nation and unknown codes use WIB. */
    static ZoneId zoneOf(String regionCode) {
        return RegionCode.isWellFormed(regionCode) ? IndonesianTimeZone.forRegion(regionCode).zone() : JAKARTA;
    }
}
