package id.deskpilkada.security.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.ClusterJobs;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The minute's escalation works only on the instance that holds its cluster lock. */
class EscalationTimerTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void anotherInstanceHoldingTheLockMeansThisOneSkips() {
        timer(false).run();

        assertThat(runs).hasValue(0);
    }

    @Test
    void theInstanceWithTheLockEscalates() {
        timer(true).run();

        assertThat(runs).hasValue(1);
    }

    private EscalationTimer timer(boolean granted) {
        EscalationTimer timer = new EscalationTimer();
        timer.cluster = new ClusterJobs() {
            @Override
            public boolean tryLock(ClusterJob job) {
                assertThat(job).isEqualTo(ClusterJob.INCIDENT_ESCALATION);
                return granted;
            }
        };
        timer.incidents = new Incidents() {
            @Override
            public int escalateDue() {
                runs.incrementAndGet();
                return 0;
            }
        };
        return timer;
    }
}
