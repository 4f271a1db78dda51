/**
 * Event contracts and the ports of the event backbone. A contract is a record annotated with
 * {@link id.deskpilkada.platform.events.EventType}, grouped in a sub-package per publishing module.
 * Application code publishes through {@link id.deskpilkada.platform.events.EventPublisher} and reacts
 * through {@link id.deskpilkada.platform.events.EventConsumer}; it never touches JMS.
 */
package id.deskpilkada.platform.events;
