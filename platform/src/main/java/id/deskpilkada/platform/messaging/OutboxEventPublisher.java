package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventCodec;
import id.deskpilkada.platform.events.EventEnvelope;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.EventType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Publishes by writing the outbox row in the caller's transaction and waking the relay after commit. */
@ApplicationScoped
public class OutboxEventPublisher implements EventPublisher {

    private static final String WAKE_UP_REGISTERED = OutboxEventPublisher.class.getName() + ".wakeUp";

    @Inject
    OutboxRepository outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ActorResolver actors;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        EventEnvelope envelope = envelopeFor(event);
        EventMetadata m = envelope.metadata();
        outbox.add(new OutboxEvent(m.id(), m.type(), m.regionCode(), m.correlationId(),
                LocalDateTime.ofInstant(m.occurredAt(), ZoneOffset.UTC), EventCodec.encode(envelope)));
        wakeRelayAfterCommit();
        return m.id();
    }

    private EventEnvelope envelopeFor(DomainEvent event) {
        return new EnvelopeFactory(clock, actors.currentActor()).build(event);
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to flush: the row is written by the persistence context
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    /** Builds envelopes: pure, so it is tested without a container. */
    static final class EnvelopeFactory {

        private final Clock clock;
        private final String actor;

        EnvelopeFactory(Clock clock, String actor) {
            this.clock = clock;
            this.actor = actor;
        }

        EventEnvelope build(DomainEvent event) {
            EventType type = DomainEvent.typeOf(event.getClass());
            EventMetadata cause = CausalContext.handling().orElse(null);
            String correlation = cause != null && cause.correlationId() != null
                    ? cause.correlationId()
                    : CausalContext.requestCorrelation().orElseGet(() -> UUID.randomUUID().toString());
            EventMetadata metadata = new EventMetadata(UUID.randomUUID(), type.value(), type.version(),
                    Instant.now(clock), DomainEvent.sourceOf(type.value()), event.regionCode(), actor,
                    correlation, cause == null ? null : cause.id().toString());
            return new EventEnvelope(metadata, EventCodec.payloadOf(event));
        }
    }
}
