package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.EventMetadata;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Puts the correlation id of the request or event being handled on every log line written as JSON: Payara's
 * {@code JSONLogFormatter} writes each {@code Map} among a record's parameters as top-level fields, so a flow can be
 * followed across modules and instances by {@code "correlationId"}. JUL has no MDC, hence a filter on the root
 * handlers that adds the map; handlers with other formatters are left alone, since they would print the map.
 */
public final class CorrelationLogging implements Filter {

    static final String FIELD = "correlationId";
    private static final String JSON_FORMATTER = "JSONLogFormatter";

    private final Filter next;

    CorrelationLogging(Filter next) {
        this.next = next;
    }

    /** Installs itself on the root logger's JSON handlers; returns how many it found. */
    public static int installOnJsonHandlers() {
        int installed = 0;
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            boolean json = handler.getFormatter() != null
                    && handler.getFormatter().getClass().getSimpleName().equals(JSON_FORMATTER);
            if (json && !(handler.getFilter() instanceof CorrelationLogging)) {
                handler.setFilter(new CorrelationLogging(handler.getFilter()));
                installed++;
            }
        }
        return installed;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (next != null && !next.isLoggable(record)) {
            return false;
        }
        current().ifPresent(id -> {
            Object[] parameters = record.getParameters() == null ? new Object[0] : record.getParameters();
            Object[] more = Arrays.copyOf(parameters, parameters.length + 1);
            more[parameters.length] = Map.of(FIELD, id);
            record.setParameters(more);
        });
        return true;
    }

    /** The event being handled wins: its flow is what the lines belong to. */
    static Optional<String> current() {
        return CausalContext.handling().map(EventMetadata::correlationId)
                .or(CausalContext::requestCorrelation);
    }
}
