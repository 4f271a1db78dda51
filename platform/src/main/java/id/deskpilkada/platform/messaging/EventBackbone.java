package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Starts and stops the moving parts of the event road: the embedded broker when no external one is
 * configured, the outbox relay and one consumer per module that handles events. Each runs on a managed
 * thread so that it has the application's transactions, persistence and CDI.
 */
@ApplicationScoped
public class EventBackbone {

    private static final Logger LOG = Logger.getLogger(EventBackbone.class.getName());
    private static final long STOP_WAIT_MS = 5000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    MessagingSettings settings;

    @Inject
    EmbeddedBroker embeddedBroker;

    @Inject
    BrokerConnections broker;

    @Inject
    OutboxRelay relay;

    @Inject
    InboxProcessor inbox;

    @Inject
    HandlerRegistry registry;

    @Inject
    BackboneMetrics metrics;

    @Inject
    HandlingFailures failures;

    @Inject
    OutboxRepository outbox;

    @Inject
    BrokerProbe probe;

    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    public synchronized void start() {
        if (running) {
            return;
        }
        if (settings.embeddedBroker()) {
            embeddedBroker.start();
        }
        running = true;
        for (DeskModule module : registry.consumingModules()) {
            for (int i = 1; i <= settings.consumersPerModule(); i++) {
                ModuleConsumer consumer = new ModuleConsumer(module, broker, inbox, metrics, failures,
                        settings.consumerBatchSize());
                startWorker("deskpilkada-consumer-" + module.name() + "-" + i, () -> consumer.run(() -> running));
            }
        }
        startWorker("deskpilkada-outbox-relay", () -> relay.run(() -> running));
        relay.wakeUp();
        metrics.watch(outbox::pendingCount, probe::deadLetterCount);
        LOG.info(() -> "Event backbone running on " + settings.brokerUrl() + ", topic " + settings.topic()
                + ", consumers " + registry.consumingModules().stream().map(DeskModule::name).toList());
    }

    public synchronized void stop() {
        running = false;
        for (Thread worker : workers) {
            worker.interrupt();
        }
        for (Thread worker : workers) {
            try {
                worker.join(STOP_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        embeddedBroker.stop();
    }

    public boolean isRunning() {
        return running;
    }

    private void startWorker(String name, Runnable loop) {
        Thread worker = threads.newThread(loop);
        worker.setName(name);
        worker.start();
        workers.add(worker);
    }
}
