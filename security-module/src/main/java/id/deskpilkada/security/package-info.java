/**
 * The security module: TPS vulnerability, personnel deployment, escorts and incidents.
 * Consumes {@code logistics.ShipmentDispatched}, {@code ShipmentDelayed}, {@code ShipmentReceived}
 * (its own copy of shipment routes). Publishes {@code security.VulnerabilityAssessed} (TPS kerawanan: one per TPS
 * classified by hand, one per import or area-wide indicator) with {@code VulnerabilityCountsChanged} (the counts
 * per category of each kab/kota touched), {@code VulnerabilityIndexComputed} (each IKP result stored),
 * {@code DeploymentPlanned} and {@code DeploymentGapDetected} (when the plan is computed), {@code EscortAssigned},
 * {@code IncidentReported}, {@code IncidentEscalated} and {@code IncidentResolved}.
 */
package id.deskpilkada.security;
