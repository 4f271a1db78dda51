package id.deskpilkada.platform.events;

/**
 * A module's reaction to events: a CDI bean in the module's {@code events} package, named for what it
 * does (e.g. {@code ProposeAgendaItems}), with one public method per event type it handles:
 * <pre>
 *     public void on(ShipmentDelayed event, EventMetadata metadata)
 * </pre>
 * The backbone calls such a method in a transaction that also records the event id in the module's inbox,
 * so a redelivered event has no second effect. Throwing rolls the transaction back and the message is
 * redelivered, then dead-lettered after the configured number of attempts.
 */
public interface EventConsumer {

    /** Name of the consuming module, as in its {@link DeskModule}. */
    String module();
}
