package id.deskpilkada.meeting.document;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One meeting as an iCalendar event.
 *
 * @param uid          stable across downloads (the meeting id), so calendars update instead of duplicating
 * @param start        in the meeting region's zone (Asia/Jakarta, Asia/Makassar or Asia/Jayapura)
 * @param weeklyUntil  for a weekly series: the last date (inclusive) as an RRULE UNTIL; {@code null} otherwise
 * @param url          the meeting's page in the portal, or the online meeting link
 */
public record CalendarEntry(UUID uid, String title, String description, String location, ZonedDateTime start,
                            ZonedDateTime end, ZonedDateTime weeklyUntil, String url, long sequence) {
}
