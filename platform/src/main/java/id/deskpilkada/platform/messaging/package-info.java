/**
 * The event backbone: transactional outbox ({@link id.deskpilkada.platform.messaging.OutboxEventPublisher},
 * {@link id.deskpilkada.platform.messaging.OutboxRelay}), one shared durable subscription per module with an
 * inbox for exactly-once effects ({@link id.deskpilkada.platform.messaging.InboxProcessor}), the embedded
 * Artemis broker and the connections to an external one. Application code never uses this package directly;
 * it publishes through {@link id.deskpilkada.platform.events.EventPublisher}.
 */
package id.deskpilkada.platform.messaging;
