package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Collections;

/** Read-only looks at the broker for health checks and the operators: reachable? how many dead letters? */
@ApplicationScoped
public class BrokerProbe {

    @Inject
    BrokerConnections broker;

    public boolean reachable() {
        try (JMSContext ctx = broker.open(JMSContext.AUTO_ACKNOWLEDGE)) {
            ctx.start();
            return true;
        } catch (JMSRuntimeException e) {
            return false;
        }
    }

    /** Number of messages waiting on the dead-letter queue, {@code -1} when the broker cannot be asked. */
    public int deadLetterCount() {
        try {
            return countOnDeadLetterQueue(null);
        } catch (JMSRuntimeException e) {
            return -1;
        }
    }

    /** Dead-lettered messages matching a JMS selector, e.g. {@code eventId = '…'}. */
    public int countOnDeadLetterQueue(String selector) {
        try (JMSContext ctx = broker.open(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue dlq = ctx.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE);
            try (QueueBrowser browser = selector == null ? ctx.createBrowser(dlq) : ctx.createBrowser(dlq, selector)) {
                return Collections.list(browser.getEnumeration()).size();
            }
        } catch (jakarta.jms.JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
