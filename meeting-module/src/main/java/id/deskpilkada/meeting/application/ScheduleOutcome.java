package id.deskpilkada.meeting.application;

import java.util.List;
import java.util.UUID;

/**
 * The meetings created (one, or every meeting of a weekly series) and the meetings already booked at the
 * same place and time, which the secretariat is warned about.
 */
public record ScheduleOutcome(List<UUID> meetingIds, List<MeetingSummary> overlaps) {
}
