/**
 * The logistics module: item catalogue, per-TPS needs, nodes, shipments, receipts and readiness.
 * Consumes {@code security.IncidentReported} and {@code security.IncidentEscalated} (regions at risk).
 * Publishes nothing yet.
 */
package id.deskpilkada.logistics;
