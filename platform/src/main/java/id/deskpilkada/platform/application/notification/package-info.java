/**
 * Live notifications: {@link id.deskpilkada.platform.application.notification.RecordNotifications} turns the events
 * that concern people (a shipment delayed, an incident escalated, an action item assigned or overdue, minutes
 * approved) into one stored notification each, on the notifications' own subscription and inbox;
 * {@link id.deskpilkada.platform.application.notification.Notifications} lists a reader's notifications by their
 * roles, jurisdiction and agency, marks them read, and announces each new one after commit
 * ({@link id.deskpilkada.platform.application.notification.NotificationPosted}) for the portal to push.
 * Consumes {@code logistics.ShipmentDelayed}, {@code security.IncidentEscalated},
 * {@code meeting.ActionItemAssigned}, {@code meeting.ActionItemOverdue}, {@code meeting.MinutesApproved};
 * publishes nothing.
 */
package id.deskpilkada.platform.application.notification;
