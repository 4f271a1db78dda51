package id.deskpilkada.platform.events.meeting;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.UUID;

/** Minutes were approved and locked; {@code contentHash} is what the notula's QR code verifies against. */
@EventType("meeting.MinutesApproved")
public record MinutesApproved(UUID meetingId, String regionCode, String title, String contentHash,
                              int decisions, int actionItems) implements DomainEvent {
}
