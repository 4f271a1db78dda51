package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.messaging.DeadLetterQueue.Letter;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker as the portal runs it, in-VM: a module's message that failed too often lands on the
 * dead-letter queue naming the subscription it came from, and a replay sends it back to that subscription only.
 */
class DeadLetterQueueTest {

    private static final String MEETING = "deskpilkada.meeting";
    private static final String NOTIFICATIONS = "deskpilkada.notifications";
    private static final long WAIT_MS = 2000;

    @TempDir
    Path dataDir;

    private EmbeddedBroker broker;
    private BrokerConnections connections;
    private DeadLetterQueue queue;
    private JMSContext meeting;
    private JMSContext notifications;
    private JMSConsumer meetingConsumer;
    private JMSConsumer notificationsConsumer;

    @BeforeEach
    void startBroker() {
        MessagingSettings settings = new MessagingSettings();
        settings.dataDir = dataDir.toString();
        settings.brokerUrl = Optional.empty();
        settings.brokerUser = Optional.empty();
        settings.brokerPassword = Optional.empty();
        settings.topic = "deskpilkada.events";
        settings.maxDeliveryAttempts = 2;
        settings.redeliveryDelayMillis = 0;
        broker = new EmbeddedBroker();
        broker.settings = settings;
        broker.start();
        connections = new BrokerConnections();
        connections.settings = settings;
        queue = new DeadLetterQueue();
        queue.broker = connections;
        meeting = connections.open(JMSContext.SESSION_TRANSACTED);
        meetingConsumer = meeting.createSharedDurableConsumer(meeting.createTopic(connections.topic()), MEETING);
        notifications = connections.open(JMSContext.SESSION_TRANSACTED);
        notificationsConsumer = notifications.createSharedDurableConsumer(
                notifications.createTopic(connections.topic()), NOTIFICATIONS);
    }

    @AfterEach
    void stopBroker() {
        meeting.close();
        notifications.close();
        connections.close();
        broker.stop();
    }

    @Test
    void aMessageThatFailedTooOftenNamesItsSubscriptionAndGoesBackToItAlone() throws Exception {
        String eventId = publish();
        assertThat(meetingConsumer.receive(WAIT_MS)).as("the meeting module handles it").isNotNull();
        meeting.commit();
        failTwiceInTheNotifications();

        List<Letter> letters = queue.browse(10);
        assertThat(letters).hasSize(1);
        Letter letter = letters.get(0);
        assertThat(letter.eventId()).isEqualTo(eventId);
        assertThat(letter.type()).isEqualTo("logistics.ShipmentDelayed");
        assertThat(letter.regionCode()).isEqualTo("53.71");
        assertThat(letter.correlationId()).isEqualTo("flow-1");
        assertThat(letter.originalAddress()).isEqualTo("deskpilkada.events");
        assertThat(letter.originalQueue()).isEqualTo("deskpilkada\\.notifications");
        assertThat(letter.subscription()).isEqualTo(NOTIFICATIONS);
        assertThat(letter.expired()).isFalse();
        assertThat(queue.find(letter.messageId())).contains(letter);

        assertThat(queue.replay(letter.messageId())).contains(letter);

        Message replayed = notificationsConsumer.receive(WAIT_MS);
        assertThat(replayed).as("back on the notifications' subscription").isNotNull();
        assertThat(((TextMessage) replayed).getText()).isEqualTo("{\"id\":\"" + eventId + "\"}");
        assertThat(replayed.getStringProperty("eventId")).isEqualTo(eventId);
        assertThat(replayed.getJMSCorrelationID()).isEqualTo("flow-1");
        notifications.commit();
        assertThat(meetingConsumer.receive(500)).as("the meeting module does not get it again").isNull();
        assertThat(queue.browse(10)).isEmpty();
        assertThat(queue.replay(letter.messageId())).as("replayed once only").isEmpty();
    }

    @Test
    void aMessageThatNamesNoSubscriptionGoesBackToTheWholeTopic() throws Exception {
        try (JMSContext ctx = connections.open(JMSContext.AUTO_ACKNOWLEDGE)) {
            ctx.createProducer().setProperty("type", "logistics.ShipmentDelayed").setProperty("eventId", "e-1")
                    .send(ctx.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE), "{}");
        }
        Letter letter = queue.browse(10).get(0);
        assertThat(letter.originalQueue()).isNull();
        assertThat(letter.subscription()).isNull();
        assertThat(queue.destination(letter)).isEqualTo("deskpilkada.events");

        queue.replay(letter.messageId());

        assertThat(meetingConsumer.receive(WAIT_MS)).isNotNull();
        assertThat(notificationsConsumer.receive(WAIT_MS)).isNotNull();
        meeting.commit();
        notifications.commit();
    }

    /** How NotificationIT puts a message on the dead-letter queue without making a module fail five times. */
    @Test
    void aMessagePutOnTheQueueByHandWithTheBrokersPropertiesIsReplayedAsIfDeadLettered() throws Exception {
        try (JMSContext ctx = connections.open(JMSContext.AUTO_ACKNOWLEDGE)) {
            ctx.createProducer().setProperty("type", "logistics.ShipmentDelayed").setProperty("eventId", "e-2")
                    .setProperty(DeadLetterQueue.ORIGINAL_ADDRESS, connections.topic())
                    .setProperty(DeadLetterQueue.ORIGINAL_QUEUE, "deskpilkada\\.notifications")
                    .send(ctx.createQueue(EmbeddedBroker.DEAD_LETTER_QUEUE), "{}");
        }
        Letter letter = queue.browse(10).get(0);
        assertThat(letter.subscription()).isEqualTo(NOTIFICATIONS);

        queue.replay(letter.messageId());

        assertThat(notificationsConsumer.receive(WAIT_MS)).isNotNull();
        notifications.commit();
        assertThat(meetingConsumer.receive(500)).isNull();
    }

    @Test
    void anIdOfAnotherShapeIsNeverPutIntoASelector() {
        assertThat(queue.replay("ID:x' or '1' = '1")).isEmpty();
        assertThat(queue.find(null)).isEmpty();
    }

    private String publish() {
        String eventId = UUID.randomUUID().toString();
        try (JMSContext ctx = connections.open(JMSContext.AUTO_ACKNOWLEDGE)) {
            ctx.createProducer().setProperty("type", "logistics.ShipmentDelayed").setProperty("eventId", eventId)
                    .setProperty("regionCode", "53.71")
                    .setProperty(OutboxRelay.DUPLICATE_DETECTION_PROPERTY, eventId)
                    .setJMSCorrelationID("flow-1")
                    .send(ctx.createTopic(connections.topic()), "{\"id\":\"" + eventId + "\"}");
        }
        return eventId;
    }

    /** Two failed attempts, the configured maximum: the broker moves the message to the dead-letter queue. */
    private void failTwiceInTheNotifications() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(notificationsConsumer.receive(WAIT_MS)).as("attempt " + (attempt + 1)).isNotNull();
            notifications.rollback();
        }
        assertThat(notificationsConsumer.receive(500)).as("no third attempt").isNull();
    }
}
