package id.deskpilkada.meeting.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.ClusterJobs;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hourly check works only on the instance that holds its cluster lock. */
class OverdueCheckTest {

    private final AtomicInteger checks = new AtomicInteger();

    @Test
    void anotherInstanceHoldingTheLockMeansThisOneSkips() {
        check(false).run();

        assertThat(checks).hasValue(0);
    }

    @Test
    void theInstanceWithTheLockChecks() {
        check(true).run();

        assertThat(checks).hasValue(1);
    }

    private OverdueCheck check(boolean granted) {
        OverdueCheck check = new OverdueCheck();
        check.cluster = new ClusterJobs() {
            @Override
            public boolean tryLock(ClusterJob job) {
                assertThat(job).isEqualTo(ClusterJob.OVERDUE_CHECK);
                return granted;
            }
        };
        check.actionItems = new ActionItems() {
            @Override
            public int markOverdue(LocalDateTime nowUtc) {
                checks.incrementAndGet();
                return 0;
            }
        };
        return check;
    }
}
