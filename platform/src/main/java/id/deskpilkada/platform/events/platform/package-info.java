/** Contracts of events published by the platform (regions, TPS, users). */
package id.deskpilkada.platform.events.platform;
