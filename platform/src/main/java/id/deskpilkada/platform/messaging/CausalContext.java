package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.EventMetadata;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The event being handled on this thread, so that events published by a handler carry the same
 * correlation id and name the handled event as their cause.
 */
public final class CausalContext {

    private static final ThreadLocal<EventMetadata> HANDLING = new ThreadLocal<>();
    private static final ThreadLocal<String> CORRELATION = new ThreadLocal<>();

    private CausalContext() {
    }

    public static Optional<EventMetadata> handling() {
        return Optional.ofNullable(HANDLING.get());
    }

    /** Correlation id given by the caller of the current request (e.g. an HTTP header), if any. */
    public static Optional<String> requestCorrelation() {
        return Optional.ofNullable(CORRELATION.get());
    }

    static <T> T whileHandling(EventMetadata event, Supplier<T> work) {
        EventMetadata outer = HANDLING.get();
        HANDLING.set(event);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                HANDLING.remove();
            } else {
                HANDLING.set(outer);
            }
        }
    }

    public static void bindRequestCorrelation(String correlationId) {
        CORRELATION.set(correlationId);
    }

    public static void clearRequestCorrelation() {
        CORRELATION.remove();
    }
}
