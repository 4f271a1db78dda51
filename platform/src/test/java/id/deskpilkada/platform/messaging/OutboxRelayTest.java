package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.FakeClusterJobs;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A relay round reads the outbox only while it holds the relay's cluster lock. */
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
