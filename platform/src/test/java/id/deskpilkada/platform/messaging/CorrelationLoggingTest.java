package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.events.EventMetadata;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JSON log lines carry the correlation id of the request or of the event being handled, and nothing else moves. */
class CorrelationLoggingTest {

    private final CorrelationLogging filter = new CorrelationLogging(null);

    @AfterEach
    void clear() {
        CausalContext.clearRequestCorrelation();
    }

    private static LogRecord record(Object... parameters) {
        LogRecord record = new LogRecord(Level.INFO, "Shipment {0} delayed");
        record.setParameters(parameters);
        return record;
    }

    @Test
    void aRequestsLinesGetItsIdAfterTheirOwnParameters() {
        CausalContext.bindRequestCorrelation("req-42");
        LogRecord record = record("KPG-1");

        assertThat(filter.isLoggable(record)).isTrue();

        assertThat(record.getParameters()).containsExactly("KPG-1", Map.of("correlationId", "req-42"));
    }

    @Test
    void anEventBeingHandledLendsItsFlowsId() {
        CausalContext.bindRequestCorrelation("req-42");
        EventMetadata event = new EventMetadata(UUID.randomUUID(), "logistics.ShipmentDelayed", 1, Instant.now(),
                "logistics", "53.71", "maria", "flow-7", null);
        LogRecord record = record();

        CausalContext.whileHandling(event, () -> filter.isLoggable(record));

        assertThat(record.getParameters()).containsExactly(Map.of("correlationId", "flow-7"));
    }

    @Test
    void linesOutsideAnyFlowStayAsTheyAreAndAFilterBeforeStillDecides() {
        LogRecord record = record("x");
        assertThat(filter.isLoggable(record)).isTrue();
        assertThat(record.getParameters()).containsExactly("x");

        assertThat(new CorrelationLogging(r -> false).isLoggable(record("y"))).isFalse();
    }
}
