package id.deskpilkada.portal;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for an asynchronous outcome (events travel through the broker) without fixed sleeps. */
final class Poll {

    private static final long INTERVAL_MS = 200;

    private Poll() {
    }

    static void until(Duration timeout, BooleanSupplier condition, Supplier<String> describe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + timeout + ": " + describe.get());
            }
            pause(INTERVAL_MS);
        }
    }

    /** Lets a little time pass so that a wrong second effect would have had the chance to show. */
    static void settle(Duration time) {
        pause(time.toMillis());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
