package id.deskpilkada.platform.events;

/**
 * A module's reaction to one event type. Implementations are CDI beans in the module's {@code events}
 * package; the backbone calls {@link #handle} in a transaction that also records the event id in the
 * module's inbox, so a redelivered event has no second effect. Throwing rolls the transaction back and
 * the message is redelivered, then dead-lettered after the configured number of attempts.
 *
 * @param <E> the event contract
 */
public interface EventHandler<E extends DomainEvent> {

    /** Name of the consuming module, as in its {@link DeskModule}. */
    String module();

    Class<E> eventType();

    void handle(E event, EventMetadata metadata);
}
