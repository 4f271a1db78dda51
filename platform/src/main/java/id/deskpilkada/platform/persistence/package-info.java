/** Database concerns shared by all modules: Flyway migrations per module. */
package id.deskpilkada.platform.persistence;
