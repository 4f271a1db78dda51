/**
 * The security module: TPS vulnerability, personnel deployment, escorts and incidents.
 * Consumes {@code logistics.ShipmentDispatched}, {@code ShipmentDelayed}, {@code ShipmentReceived}
 * (its own copy of shipment routes). Publishes nothing yet.
 */
package id.deskpilkada.security;
