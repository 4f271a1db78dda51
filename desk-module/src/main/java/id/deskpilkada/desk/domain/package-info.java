/**
 * The desk's domain: the read model's records and how each event changes them (latest wins, out-of-order
 * deliveries), the roll-up of figures to a region and its children, the ranking of regions that need attention,
 * elections with their stages and the H-n countdown.
 */
package id.deskpilkada.desk.domain;
