/**
 * Events the meeting module publishes: meetings scheduled, minutes approved, action items assigned, overdue
 * and completed. Other modules and the portal consume them; none of them reads the meeting module's tables.
 */
package id.deskpilkada.platform.events.meeting;
