package id.deskpilkada.platform.events;

/**
 * The only way application code publishes an event. The event is written to the outbox in the caller's
 * JTA transaction and sent to the broker only after that transaction commits; a rollback sends nothing.
 */
public interface EventPublisher {

    /**
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     * @return the id the event travels with
     */
    java.util.UUID publish(DomainEvent event);
}
