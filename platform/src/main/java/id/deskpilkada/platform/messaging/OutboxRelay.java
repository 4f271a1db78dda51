package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.application.DatabaseOutage;
import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.ClusterJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.CompletionListener;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends committed outbox rows to the event topic, oldest first, and marks them sent. It is woken right
 * after a publishing transaction commits and also polls, so events written while the broker was away
 * leave as soon as it is back. A crash between send and mark sends an event twice; the broker's duplicate
 * detection and the consumers' inboxes make that harmless. Every instance runs a relay; a round runs only while
 * it holds the relay's cluster lock, so rounds of different instances never overlap (see {@link #round()}).
 */
@ApplicationScoped
public class OutboxRelay {

    /** Artemis drops a second message with the same value of this property (duplicate detection). */
    static final String DUPLICATE_DETECTION_PROPERTY = "_AMQ_DUPL_ID";
    /**
     * Message group: a module's subscription hands all messages of one group to the same consumer, in order. With
     * two or more instances consuming one subscription, the events of one incident, shipment or region would
     * otherwise be handled side by side on different nodes — a late "resolved" before its "reported", two
     * read-modify-writes of one record overwriting each other. The event's region code is the group: it is
     * fixed for every subject (an incident's village, a shipment's destination, a region's figures), and with
     * tens of thousands of villages the groups still spread over all instances.
     */
    static final String GROUP_PROPERTY = "JMSXGroupID";
    static final String NATIONAL_GROUP = "-";
    /** Short against the latency of an event, long against a lock query (a round elsewhere lasts milliseconds). */
    static final long RETRY_AFTER_SKIP_MS = 25;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @Inject
    OutboxRepository outbox;

    @Inject
    BrokerConnections broker;

    @Inject
    MessagingSettings settings;

    @Inject
    BackboneMetrics metrics;

    @Inject
    ClusterJobs cluster;

    private final Semaphore wakeUps = new Semaphore(0);
    private JMSContext context;
    /** Looked up with the context: each lookup is a round trip to the broker (an address query). */
    private Topic topic;
    private boolean brokerReachable = true;

    public void wakeUp() {
        wakeUps.release();
    }

    /**
     * The relay loop, run on one managed thread until {@code running} turns false. A round skipped because another
     * instance is in one is tried again after {@value #RETRY_AFTER_SKIP_MS} ms, not at the next poll: that round may
     * have read the outbox for the last time just before the commit that woke this instance, and the event would
     * otherwise wait for the next commit or poll (seconds).
     */
    void run(BooleanSupplier running) {
        long wait = settings.outboxPollMillis();
        while (running.getAsBoolean()) {
            try {
                wakeUps.tryAcquire(wait, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                wait = settings.outboxPollMillis(); // a failed round (below) waits for the poll, not a retry
                if (!round()) {
                    wait = RETRY_AFTER_SKIP_MS;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e)) {
                    // every poll while the database is down: one line, not a stack trace each time
                    LOG.warning(() -> "Outbox relay: the database cannot be reached; retrying on next poll (" + e
                            + ")");
                } else {
                    LOG.log(Level.WARNING, "Outbox relay round failed; retrying on next poll", e);
                }
            }
        }
        closeContext();
    }

    /**
     * One round, unless another instance is in one. The round's own transaction only holds the lock; reading,
     * sending and marking keep their short transactions of their own (send, then mark sent), so what a round has
     * marked stays marked even when the round fails later, and the next round, on any instance, starts after it.
     * Rounds that never overlap keep the rows leaving oldest first across instances. An instance woken by its own
     * commit while another is in a round skips: that round reads again until nothing is pending, and an event
     * committed just after its last read leaves on the skipping instance's retry (see {@link #run}). The held
     * transaction writes nothing and, under READ COMMITTED, keeps no snapshot while idle, so it does not hold back
     * vacuum.
     *
     * @return false when skipped
     */
    boolean round() {
        boolean ran = cluster.runAlone(ClusterJob.OUTBOX_RELAY, this::relayPending);
        if (!ran) {
            LOG.fine("Outbox relay round skipped: another instance is in one");
        }
        return ran;
    }

    /** Sends everything pending now; stops at the first event the broker does not take, leaving the rest for later. */
    synchronized int relayPending() {
        int sent = 0;
        List<OutboxEvent> batch;
        while (!(batch = outbox.nextPending(settings.outboxBatchSize())).isEmpty()) {
            int confirmed = sendAll(batch);
            sent += markSent(batch.subList(0, confirmed).stream().map(OutboxEvent::position).toList());
            if (confirmed < batch.size()) {
                return sent;
            }
        }
        if (!brokerReachable) {
            LOG.info("Broker reachable again; outbox drained");
            brokerReachable = true;
        }
        return sent;
    }

    /** Sends the batch without waiting for each message, then waits for the broker; the confirmed leading run. */
    private int sendAll(List<OutboxEvent> batch) {
        SendConfirmations confirmations = new SendConfirmations(batch.size());
        int handedOver = 0;
        String refusal = null;
        try {
            for (OutboxEvent event : batch) {
                send(event, confirmations.listenerFor(handedOver));
                handedOver++;
            }
        } catch (JMSRuntimeException e) {
            refusal = e.getMessage();
        }
        int confirmed = confirmations.confirmedRun(handedOver, BrokerConnections.CALL_TIMEOUT_MS);
        if (confirmed < batch.size()) {
            reportUnreachable(whyNotConfirmed(confirmations, confirmed, handedOver, refusal), batch.get(confirmed));
        }
        return confirmed;
    }

    private static String whyNotConfirmed(SendConfirmations confirmations, int index, int handedOver,
                                          String refusal) {
        if (index >= handedOver) {
            return refusal;
        }
        Exception failure = confirmations.failure(index);
        return failure != null ? failure.getMessage()
                : "no confirmation within " + BrokerConnections.CALL_TIMEOUT_MS + " ms";
    }

    private int markSent(List<Long> positions) {
        if (!positions.isEmpty()) {
            outbox.markSent(positions);
            metrics.published(positions.size());
        }
        return positions.size();
    }

    private void send(OutboxEvent event, CompletionListener confirmation) {
        JMSContext ctx = context();
        JMSProducer producer = ctx.createProducer()
                .setAsync(confirmation)
                .setProperty("type", event.type())
                .setProperty("eventId", event.eventId().toString())
                .setProperty(DUPLICATE_DETECTION_PROPERTY, event.eventId().toString())
                .setProperty(GROUP_PROPERTY, groupOf(event));
        if (event.regionCode() != null) {
            producer.setProperty("regionCode", event.regionCode());
        }
        if (event.correlationId() != null) {
            producer.setJMSCorrelationID(event.correlationId());
        }
        producer.send(topic, event.body());
    }

    static String groupOf(OutboxEvent event) {
        return event.regionCode() == null || event.regionCode().isBlank() ? NATIONAL_GROUP : event.regionCode();
    }

    private void reportUnreachable(String reason, OutboxEvent failed) {
        closeContext();
        outbox.markFailed(failed.position(), reason);
        if (brokerReachable) {
            LOG.warning(() -> "Broker unreachable, events stay in the outbox until it is back: " + reason);
            brokerReachable = false;
        }
    }

    private JMSContext context() {
        if (context == null) {
            // not transacted: a batch sent again after a failure to mark it would be refused whole by the broker's
            // duplicate detection in a transaction; sent one by one, the duplicates are dropped and the rest go on
            context = broker.open(JMSContext.AUTO_ACKNOWLEDGE);
            topic = context.createTopic(broker.topic());
        }
        return context;
    }

    private synchronized void closeContext() {
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException ignored) {
                // the connection is already broken; a new one is opened on the next round
            }
            context = null;
            topic = null;
        }
    }
}
