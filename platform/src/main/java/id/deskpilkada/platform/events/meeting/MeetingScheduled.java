package id.deskpilkada.platform.events.meeting;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting was scheduled (or rescheduled): the invited agencies' users are told.
 *
 * @param startsAtUtc   start in UTC; pages show it in the region's zone
 * @param invitedAgencyIds the agencies invited
 */
@EventType("meeting.MeetingScheduled")
public record MeetingScheduled(UUID meetingId, String regionCode, String title, String meetingType,
                               LocalDateTime startsAtUtc, LocalDateTime endsAtUtc, List<UUID> invitedAgencyIds)
        implements DomainEvent {
}
