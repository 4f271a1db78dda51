/** The security module's public API for the portal: transactional services and DTO records. */
package id.deskpilkada.security.application;
