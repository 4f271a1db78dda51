package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.persistence.JobLocks;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.Test;

/** Whether a run works or skips, and the counter that tells operators which instance did the work. */
class ClusterJobsTest {

    private final List<String> counted = new ArrayList<>();

    @Test
    void eachRunIsCountedAsRanOrSkipped() {
        ClusterJobs jobs = new ClusterJobs();
        jobs.metrics = registry();
        jobs.locks = new JobLocks() {
            @Override
            public boolean tryLock(ClusterJob job) {
                return job != ClusterJob.OUTBOX_RELAY;
            }
        };

        assertThat(jobs.tryLock(ClusterJob.OVERDUE_CHECK)).isTrue();
        assertThat(jobs.tryLock(ClusterJob.OUTBOX_RELAY)).isFalse();

        assertThat(counted).containsExactly(
                "deskpilkada_jobs_runs_total{job=overdue-check, outcome=ran}",
                "deskpilkada_jobs_runs_total{job=outbox-relay, outcome=skipped}");
    }

    @Test
    void workThatCannotHaveTheLockDoesNotRun() {
        FakeClusterJobs refused = new FakeClusterJobs(false);
        AtomicInteger runs = new AtomicInteger();

        assertThat(refused.runAlone(ClusterJob.OUTBOX_RELAY, runs::incrementAndGet)).isFalse();

        assertThat(runs).hasValue(0);
        assertThat(refused.asked()).containsExactly(ClusterJob.OUTBOX_RELAY);
    }

    @Test
    void workThatHasTheLockRuns() {
        AtomicInteger runs = new AtomicInteger();

        assertThat(new FakeClusterJobs(true).runAlone(ClusterJob.OUTBOX_RELAY, runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(1);
    }

    @Test
    void theKeysAreTheDocumentedOnes() {
        // the README lists them, and operators look for them in pg_locks
        assertThat(ClusterJob.OVERDUE_CHECK.lockKey()).isEqualTo(9_001);
        assertThat(ClusterJob.INCIDENT_ESCALATION.lockKey()).isEqualTo(9_002);
        assertThat(ClusterJob.OUTBOX_RELAY.lockKey()).isEqualTo(9_003);
    }

    @Test
    void everyJobHasAKeyAndANameOfItsOwn() {
        assertThat(Arrays.stream(ClusterJob.values()).map(ClusterJob::lockKey).distinct())
                .hasSize(ClusterJob.values().length);
        assertThat(Arrays.stream(ClusterJob.values()).map(ClusterJob::tag).distinct())
                .hasSize(ClusterJob.values().length);
    }

    private MetricRegistry registry() {
        Counter counter = (Counter) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Counter.class},
                (proxy, method, args) -> null);
        return (MetricRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("counter") && args.length == 2 && args[1] instanceof Tag[] tags) {
                        counted.add(args[0] + "{" + String.join(", ",
                                Arrays.stream(tags).map(t -> t.getTagName() + "=" + t.getTagValue()).toList()) + "}");
                        return counter;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
