package id.deskpilkada.platform.messaging;

import jakarta.jms.CompletionListener;
import jakarta.jms.Message;
import java.util.concurrent.TimeUnit;

/**
 * The broker's confirmations of one batch of asynchronous sends. The relay sends a whole batch without waiting for
 * each message to be stored (waiting was one network and journal round trip per event, the relay's ceiling), then
 * waits here and marks sent only the leading run of confirmed events: one that was not confirmed, and everything
 * after it, stays pending and is sent again on a later round (the broker's duplicate detection drops the copies of
 * those it had after all).
 */
final class SendConfirmations {

    private final boolean[] confirmed;
    private final Exception[] failures;
    private int answered;

    SendConfirmations(int size) {
        confirmed = new boolean[size];
        failures = new Exception[size];
    }

    /** The listener for the batch's {@code index}-th send. */
    CompletionListener listenerFor(int index) {
        return new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                answer(index, null);
            }

            @Override
            public void onException(Message message, Exception exception) {
                answer(index, exception);
            }
        };
    }

    private synchronized void answer(int index, Exception failure) {
        confirmed[index] = failure == null;
        failures[index] = failure;
        answered++;
        notifyAll();
    }

    /**
     * Waits until the first {@code sent} sends are answered, or the timeout ends, and tells how many events from
     * the start of the batch were confirmed without a gap. An interrupted wait tells what is known by then.
     */
    synchronized int confirmedRun(int sent, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        long left;
        try {
            while (answered < sent && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int run = 0;
        while (run < sent && confirmed[run]) {
            run++;
        }
        return run;
    }

    /** Why the event at {@code index} was not confirmed; null when it was, or was never answered. */
    synchronized Exception failure(int index) {
        return failures[index];
    }
}
