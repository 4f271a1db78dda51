package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.DeskModule;
import id.deskpilkada.platform.events.MalformedEventException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One module's consumer: a shared durable subscription on the event topic, read in a transacted JMS
 * session. Messages are acknowledged (session commit) only after the module's database transaction has
 * committed; a failed handling rolls the session back so the broker redelivers it and, after the
 * configured number of attempts, moves it to the dead-letter address while later events keep flowing.
 * What the broker has already sent to the consumer is handled as one batch (see {@link BatchDelivery}).
 */
final class ModuleConsumer {

    private static final Logger LOG = Logger.getLogger(ModuleConsumer.class.getName());
    private static final long RECEIVE_TIMEOUT_MS = 500;
    private static final long RECONNECT_DELAY_MS = 2000;

    private final DeskModule module;
    private final BrokerConnections broker;
    private final InboxProcessor inbox;
    private final BackboneMetrics metrics;
    private final HandlingFailures failures;
    private final PatientDelivery delivery;
    private final int batchSize;

    ModuleConsumer(DeskModule module, BrokerConnections broker, InboxProcessor inbox, BackboneMetrics metrics,
                   HandlingFailures failures, int batchSize) {
        this.module = module;
        this.batchSize = batchSize;
        this.broker = broker;
        this.inbox = inbox;
        this.metrics = metrics;
        this.failures = failures;
        this.delivery = new PatientDelivery(module.name(), () -> metrics.concurrentWriteRetried(module.name()),
                ModuleConsumer::pause, RECONNECT_DELAY_MS);
    }

    void run(BooleanSupplier running) {
        while (running.getAsBoolean()) {
            try {
                consume(running);
            } catch (JMSRuntimeException e) {
                LOG.warning(() -> "Consumer of module " + module.name() + " lost the broker, reconnecting: " + e);
            }
            if (!pause(RECONNECT_DELAY_MS)) {
                return;
            }
        }
    }

    private void consume(BooleanSupplier running) {
        AtomicBoolean broken = new AtomicBoolean();
        try (JMSContext ctx = broker.open(JMSContext.SESSION_TRANSACTED)) {
            ctx.setExceptionListener(e -> broken.set(true));
            JMSConsumer consumer = ctx.createSharedDurableConsumer(ctx.createTopic(broker.topic()),
                    module.subscriptionName());
            LOG.info(() -> "Module " + module.name() + " consumes subscription " + module.subscriptionName());
            BatchDelivery<Message> batches = new BatchDelivery<>(inboxWhile(running), ModuleConsumer::redelivered);
            while (running.getAsBoolean() && !broken.get()) {
                Message first = consumer.receive(RECEIVE_TIMEOUT_MS);
                if (first != null) {
                    handle(ctx, batches, batches.collect(first, consumer::receiveNoWait, batchSize));
                }
            }
        }
    }

    /**
     * Hands the batch to the module and acknowledges all of it in one broker commit; when any of its events
     * failed, rolls all of it back (see {@link BatchDelivery}). Events the module does not handle need no
     * transaction: the commit acknowledges them with the rest.
     */
    private void handle(JMSContext ctx, BatchDelivery<Message> batches, List<Message> batch) {
        List<Message> wanted = batch.stream().filter(this::wanted).toList();
        BatchDelivery.Result<Message> result = batches.deliver(wanted);
        if (result.failed()) {
            for (Map.Entry<Message, RuntimeException> failure : result.failures()) {
                metrics.failed(module.name());
                LOG.log(Level.WARNING, "Module " + module.name() + " failed to handle message "
                        + safeId(failure.getKey()) + "; it will be redelivered or dead-lettered", failure.getValue());
                recordFailure(failure.getKey(), failure.getValue());
            }
            ctx.rollback();
        } else {
            ctx.commit();
            result.outcomes().forEach(handled -> record(handled.getValue()));
        }
    }

    /** The module's inbox; a database outage holds the events (see {@link PatientDelivery}) while running. */
    private BatchDelivery.Inbox<Message> inboxWhile(BooleanSupplier running) {
        return new BatchDelivery.Inbox<>() {
            @Override
            public List<InboxProcessor.Outcome> together(List<Message> messages) {
                List<String> texts = messages.stream().map(ModuleConsumer::textOf).toList();
                return delivery.attempt(() -> inbox.deliverAll(module, texts), running);
            }

            @Override
            public InboxProcessor.Outcome alone(Message message) {
                String text = textOf(message);
                return delivery.attempt(() -> inbox.deliver(module, text), running);
            }
        };
    }

    private boolean wanted(Message message) {
        try {
            return inbox.subscribes(module, message.getStringProperty("type"));
        } catch (JMSException e) {
            return true;
        }
    }

    /** For the events page; a failure to record it must not keep the message from being redelivered. */
    private void recordFailure(Message message, Exception error) {
        String id = safeId(message);
        if (id == null) {
            return;
        }
        try {
            UUID eventId = UUID.fromString(id);
            failures.record(module.name(), eventId, message.getStringProperty("type"), error);
        } catch (IllegalArgumentException | JMSException noEventId) {
            LOG.fine(() -> "No event id to record the failure under: " + noEventId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the failure of module " + module.name(), e);
        }
    }

    private void record(InboxProcessor.Outcome outcome) {
        switch (outcome) {
            case HANDLED -> metrics.handled(module.name());
            case DUPLICATE -> metrics.duplicateSkipped(module.name());
            case NOT_SUBSCRIBED -> { }
        }
    }

    private static String textOf(Message message) {
        try {
            if (message instanceof TextMessage text) {
                return text.getText();
            }
        } catch (JMSException e) {
            throw new MalformedEventException("Unreadable message: " + e.getMessage(), e);
        }
        throw new MalformedEventException("Events travel as TextMessage, got " + message.getClass().getSimpleName(),
                null);
    }

    /** A message the broker delivers again is handled alone; in doubt, it is taken as one. */
    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            return true;
        }
    }

    private static String safeId(Message message) {
        try {
            return message.getStringProperty("eventId");
        } catch (JMSException e) {
            return "?";
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
