package id.deskpilkada.platform.domain.notification;

import id.deskpilkada.platform.domain.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The events that notify people, and whom: the roles reached inside the event region's scope (a user whose
 * jurisdiction is that region or lies above it), and for action items also every user of the owner agency.
 */
public enum NotificationKind {

    SHIPMENT_DELAYED(SubjectType.SHIPMENT, false, Role.LOGISTICS, Role.SECURITY, Role.LEADERSHIP, Role.SECRETARIAT),
    /** The region is the desk the incident went up to, not where it happened. */
    INCIDENT_ESCALATED(SubjectType.INCIDENT, false, Role.SECURITY, Role.LEADERSHIP, Role.SECRETARIAT),
    ACTION_ITEM_ASSIGNED(SubjectType.MEETING, true, Role.SECRETARIAT),
    ACTION_ITEM_OVERDUE(SubjectType.MEETING, true, Role.SECRETARIAT),
    MINUTES_APPROVED(SubjectType.MEETING, false, Role.values());

    private final SubjectType subject;
    private final boolean reachesOwnerAgency;
    private final Set<Role> roles;

    NotificationKind(SubjectType subject, boolean reachesOwnerAgency, Role... roles) {
        this.subject = subject;
        this.reachesOwnerAgency = reachesOwnerAgency;
        this.roles = Set.copyOf(EnumSet.of(roles[0], roles));
    }

    public SubjectType subject() {
        return subject;
    }

    /** Roles reached inside the region's scope. */
    public Set<Role> roles() {
        return roles;
    }

    public boolean reachesOwnerAgency() {
        return reachesOwnerAgency;
    }

    /** Key of the text in the portal's bundle. */
    public String textKey() {
        return "notification.text." + name();
    }
}
