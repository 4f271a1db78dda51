package id.deskpilkada.platform.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Connections to the broker through the plain Artemis Jakarta client. They are deliberately not JTA
 * resources: the outbox and the inbox give the exactly-once effect, not distributed transactions.
 */
@ApplicationScoped
public class BrokerConnections {

    /** How long a call to the broker, or the confirmation of a send, may take before the broker counts as away. */
    static final long CALL_TIMEOUT_MS = 10_000;
    /** The bytes of sends the client holds until the broker confirms them (asynchronous sends need a window). */
    private static final int CONFIRMATION_WINDOW_BYTES = 1024 * 1024;
    /**
     * The bytes of messages the broker may send a consumer ahead, so that it can take a batch (see BatchDelivery)
     * without a round trip per message. Message groups keep each region's events on one consumer whatever the window,
     * and new groups still go round the consumers of all instances.
     */
    private static final int CONSUMER_WINDOW_BYTES = 64 * 1024;

    @Inject
    MessagingSettings settings;

    private ActiveMQConnectionFactory factory;

    public JMSContext open(int sessionMode) {
        ActiveMQConnectionFactory cf = factory();
        return settings.brokerUser().isPresent()
                ? cf.createContext(settings.brokerUser().get(), settings.brokerPassword().orElse(""), sessionMode)
                : cf.createContext(sessionMode);
    }

    public String topic() {
        return settings.topic();
    }

    private synchronized ActiveMQConnectionFactory factory() {
        if (factory == null) {
            factory = new ActiveMQConnectionFactory(settings.brokerUrl());
            // Fail fast when the broker is away: the outbox keeps the events and the relay retries.
            factory.setReconnectAttempts(0);
            factory.setInitialConnectAttempts(1);
            factory.setCallTimeout(CALL_TIMEOUT_MS);
            factory.setBlockOnDurableSend(true);
            factory.setConfirmationWindowSize(CONFIRMATION_WINDOW_BYTES);
            factory.setConsumerWindowSize(CONSUMER_WINDOW_BYTES);
        }
        return factory;
    }

    @PreDestroy
    synchronized void close() {
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }
}
