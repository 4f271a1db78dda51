package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What operators watch: events published, handled per module, failed handling attempts, handlings repeated after
 * a concurrent write; the outbox backlog and the dead letters as gauges.
 */
@ApplicationScoped
public class BackboneMetrics {

    @Inject
    MetricRegistry registry;

    void published(int count) {
        registry.counter("deskpilkada_events_published_total").inc(count);
    }

    void handled(String module) {
        counter("deskpilkada_events_handled_total", module).inc();
    }

    void duplicateSkipped(String module) {
        counter("deskpilkada_events_duplicates_total", module).inc();
    }

    /** A handling met a row another node's handler had just written, and was repeated at once. */
    void concurrentWriteRetried(String module) {
        counter("deskpilkada_events_concurrent_write_retries_total", module).inc();
    }

    void failed(String module) {
        counter("deskpilkada_events_failed_attempts_total", module).inc();
    }

    /**
     * Gauges read when the metrics are scraped: events in the outbox not on the broker yet, and messages on the
     * dead-letter queue ({@code -1} while the broker cannot be asked). Registered once; a restart of the backbone
     * keeps the first registration.
     */
    void watch(LongSupplier outboxBacklog, IntSupplier deadLetters) {
        registry.gauge("deskpilkada_outbox_backlog", outboxBacklog::getAsLong);
        registry.gauge("deskpilkada_events_dead_lettered", deadLetters::getAsInt);
    }

    private Counter counter(String name, String module) {
        return registry.counter(name, new Tag("module", module));
    }
}
