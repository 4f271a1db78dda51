package id.deskpilkada.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How a consumer hands the events it has received at once to its module: the fresh ones together in one database
 * transaction, acknowledged by one broker commit. One transaction and one commit per event were most of a consumer's
 * cost (JFR: the commits, the transaction's set-up and the inbox look-up outweighed the handlers), and the broker
 * already holds the next events in the consumer's buffer when the rate is high; at a low rate a batch is one event,
 * so nothing waits for a batch to fill.
 * <p>
 * A batch whose transaction fails is handled again one event per transaction, in the same broker session, so a
 * conflict or a single bad event does not cost the others anything. When one of them fails on its own the caller
 * rolls the whole session back: the broker redelivers all of them, the ones handled meanwhile are found in the
 * inbox, and the failing one comes back as before. A redelivered event is never batched with others: it is handled
 * alone (it ends a batch, see {@link #collect}), so a bad event keeps failing on its own, while the good events of
 * its batch are acknowledged on their first redelivery and never reach the dead-letter address with it.
 *
 * @param <M> a received message
 */
final class BatchDelivery<M> {

    /** The module's inbox, seen from the consumer: each call is one database transaction. */
    interface Inbox<M> {
        List<InboxProcessor.Outcome> together(List<M> messages);

        InboxProcessor.Outcome alone(M message);
    }

    /** What became of a batch: the outcomes of the handled messages, or the failures, by message. */
    record Result<M>(List<Entry<M, InboxProcessor.Outcome>> outcomes, List<Entry<M, RuntimeException>> failures) {

        boolean failed() {
            return !failures.isEmpty();
        }
    }

    private final Inbox<M> inbox;
    private final Predicate<M> redelivered;

    BatchDelivery(Inbox<M> inbox, Predicate<M> redelivered) {
        this.inbox = inbox;
        this.redelivered = redelivered;
    }

    /**
     * True when nothing more should be received into a batch that holds this message: a redelivered message is
     * handled alone, and ends the batch it arrives in (a broker commit would acknowledge every message received, so
     * the consumer must not receive beyond the batch it hands over).
     */
    boolean ends(M message) {
        return redelivered.test(message);
    }

    Result<M> deliver(List<M> batch) {
        List<M> fresh = new ArrayList<>(batch.size());
        List<M> alone = new ArrayList<>(1);
        for (M message : batch) {
            (redelivered.test(message) ? alone : fresh).add(message);
        }
        List<Entry<M, InboxProcessor.Outcome>> outcomes = new ArrayList<>(batch.size());
        List<Entry<M, RuntimeException>> failures = new ArrayList<>(1);
        if (fresh.size() > 1) {
            try {
                List<InboxProcessor.Outcome> together = inbox.together(fresh);
                for (int i = 0; i < fresh.size(); i++) {
                    outcomes.add(Map.entry(fresh.get(i), together.get(i)));
                }
                fresh = List.of();
            } catch (RuntimeException batchFailed) {
                // one at a time below: the failing event is found, the others are handled all the same
            }
        }
        for (M message : concat(fresh, alone)) {
            try {
                outcomes.add(Map.entry(message, inbox.alone(message)));
            } catch (RuntimeException e) {
                failures.add(Map.entry(message, e));
            }
        }
        return new Result<>(outcomes, failures);
    }

    /**
     * The batch that starts with {@code first}: the messages {@code next} has at hand (null when none), up to
     * {@code maxSize}, and no further than a message that {@link #ends} it.
     */
    List<M> collect(M first, Supplier<M> next, int maxSize) {
        List<M> batch = new ArrayList<>();
        M message = first;
        while (message != null) {
            batch.add(message);
            if (ends(message) || batch.size() >= maxSize) {
                break;
            }
            message = next.get();
        }
        return batch;
    }

    private static <M> List<M> concat(List<M> first, List<M> second) {
        List<M> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
