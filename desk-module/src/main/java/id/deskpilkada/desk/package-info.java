/**
 * The desk module: the Desk Pilkada dashboard that leadership opens every morning and the weekly meeting projects
 * on the wall. It knows the other modules only by their events: it keeps its own read model (tables {@code dsk_*})
 * and never reads their tables. Consumes {@code logistics.RegionReadinessChanged}, {@code ShipmentDispatched},
 * {@code ShipmentDelayed}, {@code ShipmentReceived}; {@code security.IncidentReported}, {@code IncidentEscalated},
 * {@code IncidentResolved}, {@code VulnerabilityCountsChanged}, {@code DeploymentPlanned},
 * {@code DeploymentGapDetected}, {@code VulnerabilityIndexComputed}; {@code meeting.MeetingScheduled},
 * {@code MinutesApproved}, {@code ActionItemAssigned}, {@code ActionItemOverdue}, {@code ActionItemCompleted},
 * {@code FigureReported}. Owns the elections and their stages (tahapan). Publishes nothing.
 */
package id.deskpilkada.desk;
