package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One module's consumer: a shared durable subscription on the event topic, read in a transacted JMS
 * session. The message is acknowledged (session commit) only after the module's database transaction has
 * committed; a failed handling rolls the session back so the broker redelivers it and, after the
 * configured number of attempts, moves it to the dead-letter address while later events keep flowing.
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

    ModuleConsumer(DeskModule module, BrokerConnections broker, InboxProcessor inbox, BackboneMetrics metrics,
                   HandlingFailures failures) {
        this.module = module;
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
            while (running.getAsBoolean() && !broken.get()) {
                Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
                if (message != null) {
                    handle(ctx, message, running);
                }
            }
        }
    }

    private void handle(JMSContext ctx, Message message, BooleanSupplier running) {
        try {
            String text = textOf(message);
            InboxProcessor.Outcome outcome = delivery.attempt(() -> inbox.deliver(module, text), running);
            ctx.commit();
            record(outcome);
        } catch (RuntimeException | JMSException e) {
            metrics.failed(module.name());
            LOG.log(Level.WARNING, "Module " + module.name() + " failed to handle message "
                    + safeId(message) + "; it will be redelivered or dead-lettered", e);
            recordFailure(message, e);
            ctx.rollback();
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

    private static String textOf(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText();
        }
        throw new JMSException("Events travel as TextMessage, got " + message.getClass().getSimpleName());
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
