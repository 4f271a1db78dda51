/** Contracts of events published by the logistics module. */
package id.deskpilkada.platform.events.logistics;
