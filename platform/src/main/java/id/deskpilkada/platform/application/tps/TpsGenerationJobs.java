package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a generation in the background so that a page can poll its progress: a national run writes ~435,000
 * TPS, seconds on PostgreSQL but long enough for a progress bar. Role and scope are checked in the caller's
 * request ({@link TpsGenerator#accept}): on the executor's thread the caller's principal arrives but not
 * its roles. One job at a time, since two runs over the same regions would only
 * fight over the same rows. The progress lives in this instance's memory: behind a load balancer without
 * sticky sessions a poll may reach another instance, which then knows no such job.
 */
@ApplicationScoped
public class TpsGenerationJobs {

    private static final Logger LOG = Logger.getLogger(TpsGenerationJobs.class.getName());
    /** Finished jobs kept for late polls. */
    private static final int KEEP = 20;

    @Resource
    ManagedExecutorService executor;

    @Inject
    TpsGenerator generator;

    @Inject
    Access access;

    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicReference<Job> running = new AtomicReference<>();

    /**
     * Accepts a generation for the region codes and starts it.
     *
     * @throws IllegalStateException when another generation is still running
     */
    public GenerationStatus start(List<String> regionCodes) {
        Job job = new Job(UUID.randomUUID(), generator.accept(regionCodes));
        if (!running.compareAndSet(null, job)) {
            throw new IllegalStateException("Another TPS generation is still running");
        }
        forgetOldJobs();
        jobs.put(job.id, job);
        try {
            executor.execute(() -> run(job));
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        return job.status();
    }

    public Optional<GenerationStatus> status(UUID id) {
        access.requireAnyRole(Role.ADMIN);
        return Optional.ofNullable(jobs.get(id)).map(Job::status);
    }

    private void run(Job job) {
        try {
            job.report = generator.generate(job.accepted, job::progress);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "TPS generation for " + job.accepted.prefixes() + " failed", e);
            job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            job.finished = true;
            running.compareAndSet(job, null);
        }
    }

    private void forgetOldJobs() {
        if (jobs.size() >= KEEP) {
            jobs.values().stream().filter(j -> j.finished).map(j -> j.id).toList().forEach(jobs::remove);
        }
    }

    /** One run; written by the generating thread, read by polls. */
    private static final class Job {

        final UUID id;
        final TpsGenerator.Accepted accepted;
        volatile GenerationProgress progress;
        volatile GenerationReport report;
        volatile String error;
        volatile boolean finished;

        Job(UUID id, TpsGenerator.Accepted accepted) {
            this.id = id;
            this.accepted = accepted;
            this.progress = new GenerationProgress(GenerationProgress.Phase.PLANNING, accepted.prefixes().get(0), 0, 0);
        }

        void progress(GenerationProgress p) {
            progress = p;
        }

        GenerationStatus status() {
            GenerationProgress p = progress;
            boolean done = finished;
            // 100 only once the job has ended: DONE is reported before the transaction commits
            int percent = done && error == null ? 100 : Math.min(99, p.percent());
            return new GenerationStatus(id, accepted.prefixes(), p.phase().name(), p.prefix(), p.done(), p.total(), percent,
                    done, report, error);
        }
    }
}
