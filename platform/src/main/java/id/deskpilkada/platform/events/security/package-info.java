/** Contracts of events published by the security module. */
package id.deskpilkada.platform.events.security;
