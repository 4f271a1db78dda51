package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.notification.Notification;
import id.deskpilkada.platform.domain.notification.SubjectType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A notification opens its object's page when the reader's roles may open it, else the nearest page they may. */
class NotificationLinksTest {

    private static final UUID SUBJECT = UUID.fromString("00000000-0000-0000-0000-000000000042");

    private static Notification about(SubjectType subject, String eventType) {
        return new Notification(UUID.randomUUID(), eventType, "53.71", subject, SUBJECT, "k", List.of(),
                LocalDateTime.now(), LocalDateTime.now(), false);
    }

    @Test
    void aDelayedShipmentOpensTheShipmentForLogisticsAndTheRoutesForSecurity() {
        Notification delayed = about(SubjectType.SHIPMENT, "logistics.ShipmentDelayed");

        assertThat(NotificationLinks.of(delayed, List.of(Role.LOGISTICS)))
                .contains("/logistics/shipment.xhtml?id=" + SUBJECT);
        assertThat(NotificationLinks.of(delayed, List.of(Role.SECURITY))).contains("/security/routes.xhtml");
        assertThat(NotificationLinks.of(delayed, List.of(Role.SECRETARIAT))).isEmpty();
    }

    @Test
    void anEscalatedIncidentOpensTheIncidentForTheSecurityPagesReaders() {
        Notification escalated = about(SubjectType.INCIDENT, "security.IncidentEscalated");

        assertThat(NotificationLinks.of(escalated, List.of(Role.LEADERSHIP)))
                .contains("/security/incident.xhtml?id=" + SUBJECT);
        assertThat(NotificationLinks.of(escalated, List.of(Role.SECRETARIAT))).isEmpty();
    }

    @Test
    void anActionItemOpensTheMeetingOrTheReadersOwnActionItems() {
        Notification assigned = about(SubjectType.MEETING, "meeting.ActionItemAssigned");

        assertThat(NotificationLinks.of(assigned, List.of(Role.SECRETARIAT)))
                .contains("/meeting/edit.xhtml?id=" + SUBJECT);
        assertThat(NotificationLinks.of(assigned, List.of(Role.LOGISTICS))).contains("/actions.xhtml");
        assertThat(NotificationLinks.of(about(SubjectType.MEETING, "meeting.MinutesApproved"), List.of(Role.SECURITY)))
                .isEmpty();
    }
}
