/**
 * Logistics domain: the kit catalogue and its need formulas, shipments, their plans (one by one or from a file),
 * risk flags and their rules.
 */
package id.deskpilkada.logistics.domain;
