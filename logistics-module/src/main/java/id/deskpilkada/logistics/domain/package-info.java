/** Logistics domain: shipments, their plans (one by one or from a file), risk flags and their rules. */
package id.deskpilkada.logistics.domain;
