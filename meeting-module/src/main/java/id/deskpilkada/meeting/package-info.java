/**
 * The meeting module: rakor, attendance, minutes (notula), decisions and action items.
 * Consumes {@code logistics.ShipmentDelayed} and {@code security.IncidentEscalated} (proposed agenda items).
 * Publishes nothing yet.
 */
package id.deskpilkada.meeting;
