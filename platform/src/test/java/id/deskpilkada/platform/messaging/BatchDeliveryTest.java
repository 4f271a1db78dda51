package id.deskpilkada.platform.messaging;

import static id.deskpilkada.platform.messaging.InboxProcessor.Outcome.DUPLICATE;
import static id.deskpilkada.platform.messaging.InboxProcessor.Outcome.HANDLED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Messages are strings here; a "!" marks one the broker delivers again, "bad" one no handler can take. */
class BatchDeliveryTest {

    /** A module inbox in memory: records its transactions; a batch with a bad event fails whole, as a rollback. */
    private static final class RecordingInbox implements BatchDelivery.Inbox<String> {
        final List<List<String>> transactions = new ArrayList<>();
        final Set<String> handledBefore;

        RecordingInbox(Set<String> handledBefore) {
            this.handledBefore = handledBefore;
        }

        @Override
        public List<InboxProcessor.Outcome> together(List<String> messages) {
            transactions.add(messages);
            return messages.stream().map(this::outcome).toList();
        }

        @Override
        public InboxProcessor.Outcome alone(String message) {
            transactions.add(List.of(message));
            return outcome(message);
        }

        private InboxProcessor.Outcome outcome(String message) {
            if (message.startsWith("bad")) {
                throw new IllegalArgumentException("no handler can take " + message);
            }
            return handledBefore.contains(message) ? DUPLICATE : HANDLED;
        }
    }

    private final RecordingInbox inbox = new RecordingInbox(Set.of("c!"));
    private final BatchDelivery<String> batches = new BatchDelivery<>(inbox, message -> message.endsWith("!"));

    @Test
    void freshEventsAreHandledInOneTransactionInTheirOrder() {
        BatchDelivery.Result<String> result = batches.deliver(List.of("a", "b", "c", "d"));

        assertThat(inbox.transactions).containsExactly(List.of("a", "b", "c", "d"));
        assertThat(result.failed()).isFalse();
        assertThat(result.outcomes()).extracting(Map.Entry::getKey).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aSingleEventNeedsNoBatch() {
        batches.deliver(List.of("a"));

        assertThat(inbox.transactions).containsExactly(List.of("a"));
    }

    @Test
    void aFailedBatchIsHandledAgainOneEventPerTransactionSoOnlyTheBadEventFails() {
        BatchDelivery.Result<String> result = batches.deliver(List.of("a", "bad", "b"));

        assertThat(inbox.transactions).containsExactly(List.of("a", "bad", "b"), List.of("a"), List.of("bad"),
                List.of("b"));
        assertThat(result.failed()).isTrue();
        assertThat(result.failures()).extracting(Map.Entry::getKey).containsExactly("bad");
        assertThat(result.outcomes()).extracting(Map.Entry::getKey).containsExactly("a", "b");
    }

    @Test
    void aRedeliveredEventIsHandledAloneAfterTheFreshOnes() {
        BatchDelivery.Result<String> result = batches.deliver(List.of("a", "b", "c!"));

        assertThat(inbox.transactions).containsExactly(List.of("a", "b"), List.of("c!"));
        assertThat(result.outcomes()).containsExactly(Map.entry("a", HANDLED), Map.entry("b", HANDLED),
                Map.entry("c!", DUPLICATE));
    }

    @Test
    void nothingWantedIsNoTransaction() {
        assertThat(batches.deliver(List.of()).failed()).isFalse();
        assertThat(inbox.transactions).isEmpty();
    }

    @Test
    void aBatchTakesWhatIsAtHandUpToItsSize() {
        Deque<String> atHand = new ArrayDeque<>(List.of("b", "c", "d", "e"));

        assertThat(batches.collect("a", atHand::poll, 3)).containsExactly("a", "b", "c");
        assertThat(batches.collect(atHand.poll(), atHand::poll, 3)).containsExactly("d", "e");
        assertThat(atHand).isEmpty();
    }

    @Test
    void aRedeliveredEventEndsItsBatchSoNothingBeyondItIsAcknowledgedUnhandled() {
        Deque<String> atHand = new ArrayDeque<>(List.of("b", "c!", "d"));

        assertThat(batches.collect("a", atHand::poll, 100)).containsExactly("a", "b", "c!");
        assertThat(atHand).containsExactly("d");
        assertThat(batches.collect("e!", atHand::poll, 100)).containsExactly("e!");
        assertThat(atHand).containsExactly("d");
    }
}
