package id.deskpilkada.platform.application.tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import id.deskpilkada.platform.domain.tps.GenerationResult;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The background jobs behind the progress bar, with a generator that runs as long as the test lets it. */
class TpsGenerationJobsTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean fail;

    /** Reports DONE, as the real writer does before its transaction commits, then waits for the test. */
    private final TpsGenerator generator = new TpsGenerator() {
        @Override
        public GenerationReport generate(Accepted accepted, GenerationProgress.Listener listener) {
            listener.progress(new GenerationProgress(GenerationProgress.Phase.WRITING, "53", 50, 100));
            listener.progress(new GenerationProgress(GenerationProgress.Phase.DONE, "", 100, 100));
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (fail) {
                throw new IllegalStateException("disk full");
            }
            return new GenerationReport(List.of(new GenerationResult("53", 0, 100, 40_000, 0)), 5);
        }
    };

    private TpsGenerationJobs jobs() {
        generator.access = new TpsImporterTest.Caller();
        TpsGenerationJobs jobs = new TpsGenerationJobs();
        jobs.generator = generator;
        jobs.access = generator.access;
        jobs.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        new Thread((Runnable) args[0], "generation").start();
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return jobs;
    }

    @Test
    void theBarStopsShortOfFullUntilTheRunHasEndedAndOneRunGoesAtATime() throws InterruptedException {
        TpsGenerationJobs jobs = jobs();
        UUID id = jobs.start(List.of("53")).id();
        waitFor(() -> jobs.status(id).orElseThrow().phase().equals("DONE"));

        GenerationStatus committing = jobs.status(id).orElseThrow();
        assertThat(committing.percent()).isEqualTo(99);
        assertThat(committing.finished()).isFalse();
        assertThatThrownBy(() -> jobs.start(List.of("15"))).isInstanceOf(IllegalStateException.class);

        release.countDown();
        waitFor(() -> jobs.status(id).orElseThrow().finished());
        GenerationStatus done = jobs.status(id).orElseThrow();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.report().written()).isEqualTo(100);
        assertThat(done.error()).isNull();
        assertThat(jobs.start(List.of("15")).regionCodes()).as("the next run may start").containsExactly("15");
    }

    @Test
    void aFailedRunEndsWithItsReasonAndFreesTheWay() throws InterruptedException {
        fail = true;
        release.countDown();
        TpsGenerationJobs jobs = jobs();
        UUID id = jobs.start(List.of("53")).id();
        waitFor(() -> jobs.status(id).orElseThrow().finished());

        GenerationStatus failed = jobs.status(id).orElseThrow();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.error()).isEqualTo("disk full");
        assertThat(failed.percent()).isLessThan(100);
        assertThat(failed.report()).isNull();
        assertThat(jobs.status(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aRunOutsideTheCallersReachIsRefusedBeforeItStarts() {
        TpsGenerationJobs jobs = jobs();
        ((TpsImporterTest.Caller) generator.access).scope = new Scope(Set.of("53.71"));
        assertThatThrownBy(() -> jobs.start(List.of("15")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.start(List.of("53.71.01")).regionCodes()).containsExactly("53.71.01");
        release.countDown();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
