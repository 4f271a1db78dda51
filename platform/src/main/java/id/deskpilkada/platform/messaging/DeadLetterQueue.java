package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The broker's dead-letter queue: what it holds, and putting a message back where it came from. Artemis moves a
 * message that failed too often there as a copy that names its original address and queue; for a module's message
 * the queue is the module's subscription, so a replay reaches that module alone (sent to the fully qualified
 * queue name {@code address::queue}) and the other modules, which handled it long ago, see nothing.
 */
@ApplicationScoped
public class DeadLetterQueue {

    /** Artemis' names of the original address and queue on a dead-lettered copy. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";
    static final String EXPIRED_AT = "_AMQ_ACTUAL_EXPIRY";
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[0-9A-Za-z:._-]{1,120}");
    private static final long RECEIVE_TIMEOUT_MS = 2000;

    /**
     * One dead-lettered message.
     *
     * @param originalQueue the queue it failed on as the broker names it: a shared subscription's queue is the
     *                      subscription's name with its dots escaped ({@code deskpilkada\.meeting}); {@code null}
     *                      when unknown
     * @param sentAt        when it was first sent to the broker
     * @param expired       whether it expired rather than failed
     */
    public record Letter(String messageId, String eventId, String type, String regionCode, String correlationId,
                         String originalAddress, String originalQueue, Instant sentAt, boolean expired) {

        /** The subscription's own name ({@code deskpilkada.meeting}), {@code null} when the queue is unknown. */
        public String subscription() {
            return originalQueue == null ? null : originalQueue.replace("\\.", ".").replace("\\\\", "\\");
        }
    }

    @Inject
    BrokerConnections broker;

    /**
     * The oldest {@code max} messages, oldest first.
     *
     * @throws BrokerUnavailableException when the broker cannot be asked
     */
    public List<Letter> browse(int max) {
        return browse(null, max);
    }

    /** The message if it is on the queue. */
    public Optional<Letter> find(String messageId) {
        return isMessageId(messageId) ? browse(selectorOf(messageId), 1).stream().findFirst() : Optional.empty();
    }

    private List<Letter> browse(String selector, int max) {
        try (JMSContext ctx = broker.open(JMSContext.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = ctx.createBrowser(ctx.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE), selector)) {
            List<Letter> letters = new ArrayList<>();
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements() && letters.size() < max) {
                letters.add(letter((Message) messages.nextElement()));
            }
            return letters;
        } catch (JMSException | JMSRuntimeException e) {
            throw new BrokerUnavailableException("Dead-letter queue not readable: " + e.getMessage(), e);
        }
    }

    /**
     * Takes the message off the dead-letter queue and sends it back to the subscription it came from (to the whole
     * topic when it names none), both in one broker transaction: it is never lost nor doubled on the way.
     *
     * @return the replayed message, empty when it is no longer on the queue (somebody replayed it meanwhile)
     * @throws BrokerUnavailableException when the broker cannot be reached
     */
    public Optional<Letter> replay(String messageId) {
        if (!isMessageId(messageId)) {
            return Optional.empty();
        }
        try (JMSContext ctx = broker.open(JMSContext.SESSION_TRANSACTED);
             JMSConsumer consumer = ctx.createConsumer(ctx.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE),
                     selectorOf(messageId))) {
            Message message = consumer.receive(RECEIVE_TIMEOUT_MS);
            if (message == null) {
                ctx.rollback();
                return Optional.empty();
            }
            Letter letter = letter(message);
            copyOf(ctx, message).send(ctx.createTopic(destination(letter)), ((TextMessage) message).getText());
            ctx.commit();
            return Optional.of(letter);
        } catch (JMSException | JMSRuntimeException e) {
            throw new BrokerUnavailableException("Dead letter not replayed: " + e.getMessage(), e);
        }
    }

    /** Ids are checked before they go into a selector: only the broker's own shape passes. */
    private static boolean isMessageId(String messageId) {
        return messageId != null && MESSAGE_ID.matcher(messageId).matches();
    }

    private static String selectorOf(String messageId) {
        return "JMSMessageID = '" + messageId + "'";
    }

    /** The subscription's queue by its fully qualified name, else the address, else the event topic. */
    public String destination(Letter letter) {
        String address = letter.originalAddress() == null ? broker.topic() : letter.originalAddress();
        return letter.originalQueue() == null ? address : address + "::" + letter.originalQueue();
    }

    /**
     * A producer with the message's own properties (type, event id, region) and correlation id; the broker's
     * properties stay behind, above all the duplicate-detection id, under which the broker would drop the replay.
     */
    private static JMSProducer copyOf(JMSContext ctx, Message message) throws JMSException {
        JMSProducer producer = ctx.createProducer();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = (String) name;
            if (!property.startsWith("_AMQ") && !property.startsWith("JMSX") && !property.startsWith("JMS_")) {
                producer.setProperty(property, message.getObjectProperty(property));
            }
        }
        if (message.getJMSCorrelationID() != null) {
            producer.setJMSCorrelationID(message.getJMSCorrelationID());
        }
        return producer;
    }

    private static Letter letter(Message m) throws JMSException {
        return new Letter(m.getJMSMessageID(), m.getStringProperty("eventId"), m.getStringProperty("type"),
                m.getStringProperty("regionCode"), m.getJMSCorrelationID(), string(m, ORIGINAL_ADDRESS),
                string(m, ORIGINAL_QUEUE), m.getJMSTimestamp() == 0 ? null : Instant.ofEpochMilli(m.getJMSTimestamp()),
                m.propertyExists(EXPIRED_AT));
    }

    /** Artemis keeps its own properties as SimpleString, which JMS gives back as a string. */
    private static String string(Message m, String property) throws JMSException {
        Object value = m.getObjectProperty(property);
        return value == null ? null : value.toString();
    }
}
