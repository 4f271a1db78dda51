/**
 * Database concerns shared by all modules: Flyway migrations per module, bulk JDBC for the region tree,
 * and the platform's repositories (accounts).
 */
package id.deskpilkada.platform.persistence;
