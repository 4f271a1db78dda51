/** Handlers of events from other modules; they only decode and delegate to the domain. */
package id.deskpilkada.security.events;
