package id.deskpilkada.platform.events.meeting;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.time.LocalDate;
import java.util.UUID;

/** The daily check found an open action item past its due date (published once per item). */
@EventType("meeting.ActionItemOverdue")
public record ActionItemOverdue(UUID actionItemId, UUID meetingId, String regionCode, String description,
                                UUID ownerAgencyId, String ownerAgencyName, LocalDate dueDate)
        implements DomainEvent {
}
