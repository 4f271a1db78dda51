package id.deskpilkada.desk.events;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.desk.domain.ActionItemRecord;
import id.deskpilkada.desk.persistence.ReadModelRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemCompleted;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.UUID;

/** Follows action items per owner agency from assignment to overdue and closing, in any order. */
@ApplicationScoped
public class TrackActionItems implements EventConsumer {

    @Inject
    ReadModelRepository records;

    @Override
    public String module() {
        return DeskDashboardModule.NAME;
    }

    public void on(ActionItemAssigned e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        item(e.actionItemId(), e.meetingId(), e.regionCode(), e.ownerAgencyId(), at)
                .assigned(e.description(), e.ownerAgencyName(), e.dueDate(), at);
    }

    public void on(ActionItemOverdue e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        item(e.actionItemId(), e.meetingId(), e.regionCode(), e.ownerAgencyId(), at)
                .overdue(e.description(), e.ownerAgencyName(), e.dueDate(), at);
    }

    public void on(ActionItemCompleted e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        item(e.actionItemId(), e.meetingId(), e.regionCode(), e.ownerAgencyId(), at).completed(e.status(), at);
    }

    private ActionItemRecord item(UUID id, UUID meetingId, String region, UUID agencyId, LocalDateTime at) {
        return records.actionItem(id).orElseGet(() -> {
            ActionItemRecord item = ActionItemRecord.firstSeen(id, meetingId, region, agencyId, at);
            records.add(item);
            return item;
        });
    }
}
