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
        int recorded = em.createNativeQuery(recordSql(module.inboxTable()))
                .setParameter(1, metadata.id())
                .setParameter(2, metadata.type())
                .setParameter(3, metadata.correlationId())
                .setParameter(4, LocalDateTime.now(ZoneOffset.UTC))
                .setParameter(5, metadata.id())
                .executeUpdate();
        if (recorded == 0) {
            return Outcome.DUPLICATE;
        }
        return CausalContext.whileHandling(metadata, () -> {
            handlers.forEach(h -> h.invoke(EventCodec.decodePayload(envelope.payload(), h.eventType()), metadata));
            return Outcome.HANDLED;
        });
    }

    /**
     * Records an event in an inbox unless it is there already, in one statement for H2 and PostgreSQL alike (a
     * look-up and then an insert were two round trips per event and module): parameters id, type, correlation
     * id, handled at, id again; 1 row for a new event, 0 for one handled before. Two instances recording the same
     * event at once still meet at the primary key, and the loser's transaction fails as a concurrent write.
     */
    static String recordSql(String inboxTable) {
        return "insert into " + inboxTable + " (event_id, event_type, correlation_id, handled_at)"
                + " select cast(? as uuid), cast(? as varchar(100)), cast(? as varchar(100)), cast(? as timestamp)"
                + " where not exists (select 1 from " + inboxTable + " where event_id = cast(? as uuid))";
    }
}
