/**
 * The security module: TPS vulnerability, personnel deployment, escorts and incidents.
 * Consumes {@code logistics.ShipmentDispatched}, {@code ShipmentDelayed}, {@code ShipmentReceived}
 * (its own copy of shipment routes). Publishes {@code security.VulnerabilityAssessed} (TPS kerawanan: one per TPS
 * classified by hand, one per import or area-wide indicator).
 */
package id.deskpilkada.security;
