/**
 * Database concerns shared by all modules: Flyway migrations per module, bulk JDBC for the region tree,
 * the platform's repositories (accounts) and the scheduled jobs' advisory locks ({@code JobLocks}).
 */
package id.deskpilkada.platform.persistence;
