package id.deskpilkada.platform.application;

import id.deskpilkada.platform.persistence.JobLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Runs scheduled work once per cluster. Every instance keeps its own non-persistent timers and relay thread, and
 * each run first takes its job's lock in the database: the instance that gets it works, the others skip this run.
 * Payara Micro's persistent timers stay with the instance that created them and did not fail over when it died,
 * and {@code @Clustered} does not stop a non-persistent {@code @Schedule} from firing everywhere; the database
 * lock needs no leader and passes on the moment an instance is gone. It stops runs from overlapping, not a second
 * run just after the first: the jobs find nothing left to do then. Each run is counted per job as {@code ran} or
 * {@code skipped} in {@value #RUNS_METRIC}, so operators see which instance did the work.
 */
@ApplicationScoped
public class ClusterJobs {

    static final String RUNS_METRIC = "deskpilkada_jobs_runs_total";

    @Inject
    JobLocks locks;

    @Inject
    MetricRegistry metrics;

    /**
     * Takes the job's lock for the rest of the caller's transaction (e.g. a timer's container-managed one).
     *
     * @return true when this run may work, false when another instance is running the job now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(ClusterJob job) {
        boolean granted = locks.tryLock(job);
        metrics.counter(RUNS_METRIC, new Tag("job", job.tag()), new Tag("outcome", granted ? "ran" : "skipped"))
                .inc();
        return granted;
    }

    /**
     * Runs the work in a new transaction that holds the job's lock throughout, for work that commits in
     * transactions of its own (REQUIRES_NEW steps suspend this one, which keeps the lock meanwhile).
     *
     * @return false, without running it, when another instance is running the job now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runAlone(ClusterJob job, Runnable work) {
        if (!tryLock(job)) {
            return false;
        }
        work.run();
        return true;
    }
}
