package id.deskpilkada.platform.domain.notification;

import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notification to be stored for one event: whom it reaches, what it opens and what it says.
 *
 * @param arguments the text's arguments, see {@link TextArgument}
 */
public record NotificationDraft(UUID eventId, String eventType, NotificationKind kind, Audience audience,
                                UUID subjectId, List<String> arguments, Instant occurredAt) {

    public NotificationDraft {
        arguments = List.copyOf(arguments);
    }

    public String textKey() {
        return kind.textKey();
    }

    /** "Shipment {0} delayed ({1}) in {2}." — to logistics, security, leadership and secretariat of the region. */
    public static NotificationDraft of(ShipmentDelayed e, EventMetadata m) {
        return draft(m, NotificationKind.SHIPMENT_DELAYED, e.regionCode(), null, e.shipmentId(),
                TextArgument.text(e.shipmentNumber()), TextArgument.word("shipment.reason.", e.reason()),
                TextArgument.region(e.regionCode()));
    }

    /** "Incident {0} ({1}, {2}) went up to the desk of {3}." — to the desk's security, leadership, secretariat. */
    public static NotificationDraft of(IncidentEscalated e, EventMetadata m) {
        return draft(m, NotificationKind.INCIDENT_ESCALATED, e.deskRegion(), null, e.incidentId(),
                TextArgument.text(e.title()), TextArgument.word("incident.type.", e.incidentType()),
                TextArgument.word("incident.severity.", e.severity()), TextArgument.region(e.deskRegion()));
    }

    /** "Action item for {1}, due {2}: {0}" — to the owner agency's users and the region's secretariat. */
    public static NotificationDraft of(ActionItemAssigned e, EventMetadata m) {
        return draft(m, NotificationKind.ACTION_ITEM_ASSIGNED, e.regionCode(), e.ownerAgencyId(), e.meetingId(),
                TextArgument.text(e.description()), TextArgument.text(e.ownerAgencyName()),
                TextArgument.date(e.dueDate()));
    }

    /** "Action item of {1} overdue since {2}: {0}" — to the owner agency's users and the region's secretariat. */
    public static NotificationDraft of(ActionItemOverdue e, EventMetadata m) {
        return draft(m, NotificationKind.ACTION_ITEM_OVERDUE, e.regionCode(), e.ownerAgencyId(), e.meetingId(),
                TextArgument.text(e.description()), TextArgument.text(e.ownerAgencyName()),
                TextArgument.date(e.dueDate()));
    }

    /** "Minutes of {0} ({1}) approved." — to everyone whose jurisdiction covers the meeting's region. */
    public static NotificationDraft of(MinutesApproved e, EventMetadata m) {
        return draft(m, NotificationKind.MINUTES_APPROVED, e.regionCode(), null, e.meetingId(),
                TextArgument.text(e.title()), TextArgument.region(e.regionCode()));
    }

    private static NotificationDraft draft(EventMetadata m, NotificationKind kind, String region, UUID agency,
                                           UUID subject, String... arguments) {
        return new NotificationDraft(m.id(), m.type(), kind,
                new Audience(region, kind.roles(), kind.reachesOwnerAgency() ? agency : null), subject,
                List.of(arguments), m.occurredAt());
    }
}
