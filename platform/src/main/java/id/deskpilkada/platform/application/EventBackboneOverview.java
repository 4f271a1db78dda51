package id.deskpilkada.platform.application;

import id.deskpilkada.platform.events.DeskModule;
import id.deskpilkada.platform.messaging.BrokerProbe;
import id.deskpilkada.platform.messaging.EventBackbone;
import id.deskpilkada.platform.messaging.HandlerRegistry;
import id.deskpilkada.platform.messaging.MessagingSettings;
import id.deskpilkada.platform.messaging.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What operators need to know about the event backbone at a glance; also feeds the health checks. */
@ApplicationScoped
public class EventBackboneOverview {

    /** @param deadLetters {@code -1} when the broker cannot be asked */
    public record Snapshot(boolean running, boolean embeddedBroker, String brokerUrl, boolean brokerReachable,
                           String topic, long outboxBacklog, int deadLetters, List<String> consumingModules) {
    }

    @Inject
    EventBackbone backbone;

    @Inject
    MessagingSettings settings;

    @Inject
    OutboxRepository outbox;

    @Inject
    BrokerProbe probe;

    @Inject
    HandlerRegistry registry;

    /**
     * What one module consumes: its shared durable subscription, its inbox table and the event types it handles —
     * for operators and fault tests that check every relevant event reached every module once.
     */
    public record Subscription(String module, String subscription, String inboxTable, List<String> eventTypes) {
    }

    public Snapshot snapshot() {
        boolean reachable = probe.reachable();
        return new Snapshot(backbone.isRunning(), settings.embeddedBroker(), settings.brokerUrl(), reachable,
                settings.topic(), outbox.pendingCount(), reachable ? probe.deadLetterCount() : -1,
                registry.consumingModules().stream().map(DeskModule::name).toList());
    }

    public List<Subscription> subscriptions() {
        return registry.consumingModules().stream()
                .map(m -> new Subscription(m.name(), m.subscriptionName(), m.inboxTable(),
                        registry.eventTypes(m.name()).stream().sorted().toList()))
                .toList();
    }
}
