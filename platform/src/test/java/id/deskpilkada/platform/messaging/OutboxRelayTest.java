package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.FakeClusterJobs;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A relay round reads the outbox only while it holds the relay's cluster lock, and a skipped one is retried soon. */
class OutboxRelayTest {

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aRoundWhileAnotherInstanceIsInOneLeavesTheOutboxAlone() {
        FakeClusterJobs cluster = new FakeClusterJobs(false);

        relay(cluster).round();

        assertThat(cluster.asked()).containsExactly(ClusterJob.OUTBOX_RELAY);
        assertThat(reads).hasValue(0);
    }

    @Test
    void aRoundWithTheLockReadsTheOutbox() {
        relay(new FakeClusterJobs(true)).round();

        assertThat(reads).hasValue(1);
    }

    @Test
    void aSkippedRoundIsTriedAgainSoonNotAtTheNextPoll() {
        FakeClusterJobs cluster = new FakeClusterJobs(false, true);
        OutboxRelay relay = relay(cluster);
        relay.settings.outboxPollMillis = 60_000;
        relay.wakeUp();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> relay.run(() -> reads.get() == 0));

        assertThat(cluster.asked()).hasSize(2);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anEventsGroupIsItsRegionSoOneSubjectsEventsStayInOrderOnOneConsumer() {
        assertThat(OutboxRelay.groupOf(event("53.71.01.1001"))).isEqualTo("53.71.01.1001");
        assertThat(OutboxRelay.groupOf(event(null))).isEqualTo(OutboxRelay.NATIONAL_GROUP);
        assertThat(OutboxRelay.groupOf(event(""))).isEqualTo(OutboxRelay.NATIONAL_GROUP);
    }

    private static OutboxEvent event(String region) {
        return new OutboxEvent(UUID.randomUUID(), "security.IncidentReported", region, null,
                LocalDateTime.of(2024, 11, 25, 1, 0), "{}");
    }

    private OutboxRelay relay(FakeClusterJobs cluster) {
        OutboxRelay relay = new OutboxRelay();
        relay.cluster = cluster;
        relay.settings = new MessagingSettings();
        relay.settings.outboxBatchSize = 200;
        relay.outbox = new OutboxRepository() {
            @Override
            public List<OutboxEvent> nextPending(int max) {
                reads.incrementAndGet();
                return List.of();
            }
        };
        return relay;
    }
}
