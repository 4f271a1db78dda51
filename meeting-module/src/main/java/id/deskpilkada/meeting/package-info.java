/**
 * The meeting module: rakor, attendance, minutes (notula), decisions and action items.
 * Consumes {@code logistics.ShipmentDelayed}, {@code DiscrepancyReported}, {@code StockDamaged} and
 * {@code security.IncidentEscalated} (proposed agenda items).
 * Publishes {@code meeting.MeetingScheduled}, {@code MinutesApproved} (with one {@code FigureReported} per agency
 * report in the approved minutes), {@code ActionItemAssigned}, {@code ActionItemOverdue} and
 * {@code ActionItemCompleted}.
 */
package id.deskpilkada.meeting;
