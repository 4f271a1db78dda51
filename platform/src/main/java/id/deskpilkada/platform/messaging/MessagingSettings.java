package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Broker and backbone settings from MicroProfile Config (environment variables override the defaults). */
@ApplicationScoped
public class MessagingSettings {

    @Inject
    @ConfigProperty(name = "data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "broker.url")
    Optional<String> brokerUrl;

    @Inject
    @ConfigProperty(name = "broker.user")
    Optional<String> brokerUser;

    @Inject
    @ConfigProperty(name = "broker.password")
    Optional<String> brokerPassword;

    @Inject
    @ConfigProperty(name = "events.topic", defaultValue = "deskpilkada.events")
    String topic;

    @Inject
    @ConfigProperty(name = "events.max-delivery-attempts", defaultValue = "5")
    int maxDeliveryAttempts;

    @Inject
    @ConfigProperty(name = "events.redelivery-delay-ms", defaultValue = "500")
    long redeliveryDelayMillis;

    @Inject
    @ConfigProperty(name = "outbox.poll-ms", defaultValue = "2000")
    long outboxPollMillis;

    @Inject
    @ConfigProperty(name = "outbox.batch-size", defaultValue = "200")
    int outboxBatchSize;

    /**
     * Consumers per module on this instance. Events of one message group (region) still go to one consumer at a
     * time, in order; more consumers handle different regions side by side.
     */
    @Inject
    @ConfigProperty(name = "events.consumers-per-module", defaultValue = "2")
    int consumersPerModule;

    /**
     * The most events a consumer handles in one database transaction and acknowledges in one broker commit: the
     * ones the broker has already sent it. 1 = one transaction per event.
     */
    @Inject
    @ConfigProperty(name = "events.consumer-batch-size", defaultValue = "100")
    int consumerBatchSize;

    /** No broker URL configured means: run the in-VM broker with its journal under the data directory. */
    public boolean embeddedBroker() {
        return brokerUrl.map(String::isBlank).orElse(true);
    }

    public String brokerUrl() {
        return embeddedBroker() ? EmbeddedBroker.IN_VM_URL : brokerUrl.orElseThrow();
    }

    public Optional<String> brokerUser() {
        return brokerUser.filter(u -> !u.isBlank());
    }

    public Optional<String> brokerPassword() {
        return brokerPassword;
    }

    public Path brokerDirectory() {
        return Path.of(dataDir, "broker");
    }

    public String topic() {
        return topic;
    }

    public int maxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    public long redeliveryDelayMillis() {
        return redeliveryDelayMillis;
    }

    public long outboxPollMillis() {
        return outboxPollMillis;
    }

    public int outboxBatchSize() {
        return outboxBatchSize;
    }

    public int consumerBatchSize() {
        return Math.max(1, consumerBatchSize);
    }

    public int consumersPerModule() {
        return Math.max(1, consumersPerModule);
    }
}
