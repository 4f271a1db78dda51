/**
 * Handlers of the other modules' events: each keeps one part of the desk's read model, whatever the order and
 * however often an event arrives (the inbox drops exact repeats; the records drop what is older than they hold).
 */
package id.deskpilkada.desk.events;
