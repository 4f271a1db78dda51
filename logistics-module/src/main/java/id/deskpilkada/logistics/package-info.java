/**
 * The logistics module: item catalogue, per-TPS needs, nodes, shipments, receipts and readiness.
 * Consumes {@code security.IncidentReported}, {@code IncidentEscalated}, {@code IncidentResolved} (regions at
 * risk), {@code security.EscortAssigned} and {@code platform.TpsChanged}, {@code TpsImported} (readiness).
 * Publishes {@code logistics.ShipmentDispatched}, {@code ShipmentDelayed}, {@code ShipmentReceived},
 * {@code DiscrepancyReported}, {@code StockDamaged} and {@code RegionReadinessChanged}.
 */
package id.deskpilkada.logistics;
