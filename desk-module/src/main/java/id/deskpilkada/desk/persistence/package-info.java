/**
 * The dsk_* tables: the records the event handlers keep (JPA) and the dashboard's queries — a handful of indexed
 * equalities and GROUP BYs per view, never a scan of another module's tables.
 */
package id.deskpilkada.desk.persistence;
