package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.DeskModule;
import id.deskpilkada.platform.events.EventCodec;
import id.deskpilkada.platform.events.EventEnvelope;
import id.deskpilkada.platform.events.EventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Hands received events to a module's handlers in a new transaction that also records each event id in the
 * module's inbox. If the id is already there the event was handled before and nothing happens again. Several
 * events in one transaction are handled in the order given, each as if alone: the handlers see what the earlier
 * ones wrote (one persistence context per unit, flushed before queries).
 */
@ApplicationScoped
public class InboxProcessor {

    public enum Outcome { HANDLED, DUPLICATE, NOT_SUBSCRIBED }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    HandlerRegistry registry;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome deliver(DeskModule module, String message) {
        return handle(module, message);
    }

    /** All of them or none: the outcomes in the order of the messages. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> deliverAll(DeskModule module, List<String> messages) {
        return messages.stream().map(message -> handle(module, message)).toList();
    }

    /**
     * False when the module has no handler for the event type: such messages need neither a transaction nor
     * decoding. True for a message without a type, which {@link #deliver} then judges.
     */
    public boolean subscribes(DeskModule module, String eventType) {
        return eventType == null || !registry.handlers(module.name(), eventType).isEmpty();
    }

    private Outcome handle(DeskModule module, String message) {
        EventEnvelope envelope = EventCodec.decode(message);
        EventMetadata metadata = envelope.metadata();
        List<HandlerMethod> handlers = registry.handlers(module.name(), metadata.type());
        if (handlers.isEmpty()) {
            return Outcome.NOT_SUBSCRIBED;
        }
        if (alreadyHandled(module, metadata)) {
            return Outcome.DUPLICATE;
        }
        em.createNativeQuery("insert into " + module.inboxTable()
                        + " (event_id, event_type, correlation_id, handled_at) values (?, ?, ?, ?)")
                .setParameter(1, metadata.id())
                .setParameter(2, metadata.type())
                .setParameter(3, metadata.correlationId())
                .setParameter(4, LocalDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        return CausalContext.whileHandling(metadata, () -> {
            handlers.forEach(h -> h.invoke(EventCodec.decodePayload(envelope.payload(), h.eventType()), metadata));
            return Outcome.HANDLED;
        });
    }

    private boolean alreadyHandled(DeskModule module, EventMetadata metadata) {
        Number count = (Number) em.createNativeQuery(
                        "select count(*) from " + module.inboxTable() + " where event_id = ?")
                .setParameter(1, metadata.id())
                .getSingleResult();
        return count.longValue() > 0;
    }
}
