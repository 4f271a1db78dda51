package id.deskpilkada.desk.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/** A meeting ahead, its times in UTC (pages show them in the region's zone). */
public record UpcomingMeeting(UUID meetingId, String regionCode, String title, String meetingType,
                              LocalDateTime startsAtUtc, LocalDateTime endsAtUtc) {
}
