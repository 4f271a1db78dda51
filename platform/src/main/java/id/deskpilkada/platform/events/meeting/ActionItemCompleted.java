package id.deskpilkada.platform.events.meeting;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/** An action item was closed: {@code status} SELESAI (done) or DIBATALKAN (cancelled). */
@EventType("meeting.ActionItemCompleted")
public record ActionItemCompleted(UUID actionItemId, UUID meetingId, String regionCode, UUID ownerAgencyId,
                                  String status) implements DomainEvent {
}
