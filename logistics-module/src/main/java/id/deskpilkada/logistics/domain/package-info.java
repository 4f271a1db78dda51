/** Logistics domain: shipments, risk flags and their rules. */
package id.deskpilkada.logistics.domain;
