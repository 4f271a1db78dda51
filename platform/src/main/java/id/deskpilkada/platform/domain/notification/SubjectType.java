package id.deskpilkada.platform.domain.notification;

/** What a notification is about, and so which page it opens. */
public enum SubjectType {
    SHIPMENT, INCIDENT, MEETING
}
