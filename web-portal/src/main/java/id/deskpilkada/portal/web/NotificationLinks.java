package id.deskpilkada.portal.web;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.notification.Notification;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The page a notification opens for a reader: the object's own page when web.xml lets the reader's roles open it,
 * else the nearest page they may open (security's shipment routes, their agency's action items), else none.
 */
final class NotificationLinks {

    /** The roles web.xml admits to {@code /logistics/*}, {@code /security/*} and {@code /meeting/*}. */
    private static final Set<Role> LOGISTICS_PAGES = EnumSet.of(Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN);
    private static final Set<Role> SECURITY_PAGES = EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN);
    private static final Set<Role> MEETING_PAGES = EnumSet.of(Role.SECRETARIAT, Role.LEADERSHIP, Role.ADMIN);
    private static final Set<String> ACTION_ITEM_EVENTS = Set.of("meeting.ActionItemAssigned",
            "meeting.ActionItemOverdue");

    private NotificationLinks() {
    }

    /** A view id with its query, e.g. {@code /logistics/shipment.xhtml?id=…}; empty when no page fits. */
    static Optional<String> of(Notification n, Collection<Role> roles) {
        String id = "?id=" + n.subjectId();
        return switch (n.subjectType()) {
            case SHIPMENT -> mayOpen(roles, LOGISTICS_PAGES) ? Optional.of("/logistics/shipment.xhtml" + id)
                    : roles.contains(Role.SECURITY) ? Optional.of("/security/routes.xhtml") : Optional.empty();
            case INCIDENT -> mayOpen(roles, SECURITY_PAGES) ? Optional.of("/security/incident.xhtml" + id)
                    : Optional.empty();
            case MEETING -> mayOpen(roles, MEETING_PAGES) ? Optional.of("/meeting/edit.xhtml" + id)
                    : ACTION_ITEM_EVENTS.contains(n.eventType()) ? Optional.of("/actions.xhtml") : Optional.empty();
        };
    }

    private static boolean mayOpen(Collection<Role> roles, Set<Role> admitted) {
        return roles.stream().anyMatch(admitted::contains);
    }
}
