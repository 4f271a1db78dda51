package id.deskpilkada.platform.application.notification;

import id.deskpilkada.platform.NotificationsModule;
import id.deskpilkada.platform.domain.notification.NotificationDraft;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns the events that concern people into notifications; whom each reaches is {@link NotificationDraft}'s rule. */
@ApplicationScoped
public class RecordNotifications implements EventConsumer {

    @Inject
    Notifications notifications;

    @Override
    public String module() {
        return NotificationsModule.NAME;
    }

    public void on(ShipmentDelayed e, EventMetadata metadata) {
        notifications.post(NotificationDraft.of(e, metadata));
    }

    public void on(IncidentEscalated e, EventMetadata metadata) {
        notifications.post(NotificationDraft.of(e, metadata));
    }

    public void on(ActionItemAssigned e, EventMetadata metadata) {
        notifications.post(NotificationDraft.of(e, metadata));
    }

    public void on(ActionItemOverdue e, EventMetadata metadata) {
        notifications.post(NotificationDraft.of(e, metadata));
    }

    public void on(MinutesApproved e, EventMetadata metadata) {
        notifications.post(NotificationDraft.of(e, metadata));
    }
}
