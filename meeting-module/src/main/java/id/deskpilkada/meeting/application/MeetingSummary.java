package id.deskpilkada.meeting.application;

import java.time.LocalDateTime;
import java.util.UUID;

/** A meeting in a list: times local to its region. {@code type}, {@code mode} and {@code minutesStatus} are bundle key suffixes. */
public record MeetingSummary(UUID id, String regionCode, String title, String type, String mode, String place,
                             LocalDateTime localStart, LocalDateTime localEnd, String timeZone,
                             String minutesStatus, UUID seriesId) {
}
