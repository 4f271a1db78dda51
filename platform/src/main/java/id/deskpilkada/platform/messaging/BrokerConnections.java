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
            factory.setCallTimeout(10_000);
            factory.setBlockOnDurableSend(true);
            // One message at a time per consumer so that two instances share the stream evenly.
            factory.setConsumerWindowSize(0);
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
