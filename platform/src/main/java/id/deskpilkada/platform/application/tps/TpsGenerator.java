package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.TpsPlan;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import id.deskpilkada.platform.domain.tps.GenerationResult;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.platform.TpsImported;
import id.deskpilkada.platform.persistence.SyntheticTpsWriter;
import id.deskpilkada.platform.persistence.TpsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/**
 * Generates synthetic TPS ({@link TpsPlan}) into the database for some region codes, replacing the synthetic
 * TPS an earlier run left there; villages holding real TPS are left alone. The plan is built on the stored
 * region tree and population, so TPS only ever hang under villages the tree has. One transaction for the
 * whole run, written in bulk (COPY on PostgreSQL); per region code one audit entry and one
 * {@code platform.TpsImported} event.
 */
@ApplicationScoped
public class TpsGenerator {

    /** What the demo profile generates at first start: Nusa Tenggara Timur and Jambi. */
    public static final List<String> DEMO_REGIONS = List.of("53", "15");

    private static final Logger LOG = Logger.getLogger(TpsGenerator.class.getName());

    @Inject
    TpsStore store;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    private final Clock clock = Clock.systemUTC();

    /**
     * A generation whose caller passed the role and scope checks. Only {@link #accept} makes one, so a
     * background job can run it later on a thread where the caller's roles are no longer at hand.
     */
    public static final class Accepted {

        private final List<String> prefixes;

        private Accepted(List<String> prefixes) {
            this.prefixes = List.copyOf(prefixes);
        }

        /** The region codes as the run takes them ({@code ""} for the whole country). */
        public List<String> prefixes() {
            return prefixes;
        }
    }

    /**
     * Checks that the caller is an ADMIN whose jurisdiction covers every region code.
     *
     * @param regionCodes region codes of any level; none or {@code ""} is the whole country (national scope
     *                    needed)
     * @throws IllegalArgumentException for a text that is no region code
     */
    public Accepted accept(List<String> regionCodes) {
        access.requireAnyRole(Role.ADMIN);
        List<String> prefixes = SyntheticTpsWriter.normalizedPrefixes(regionCodes);
        prefixes.forEach(access::requireWithinScope);
        return new Accepted(prefixes);
    }

    /** Checks the caller ({@link #accept}) and generates at once. */
    @Transactional
    public GenerationReport generate(List<String> regionCodes, GenerationProgress.Listener listener) {
        return generate(accept(regionCodes), listener);
    }

    /**
     * Generates an accepted run in one transaction.
     *
     * @param listener told the progress on the generating thread
     */
    @Transactional
    public GenerationReport generate(Accepted accepted, GenerationProgress.Listener listener) {
        long started = System.nanoTime();
        List<GenerationResult> results = store.replaceSynthetic(store.planOfStoredTree(), accepted.prefixes(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS), listener);
        for (GenerationResult result : results) {
            String region = result.prefix().isEmpty() ? null : result.prefix();
            audit.record("tps.generated", "tps-synthetic", subjectOf(result.prefix()), region, null, result);
            events.publish(new TpsImported(result.prefix(), "GENERATED", result.written(), 0, result.removed(),
                    result.voters()));
        }
        return new GenerationReport(results, (System.nanoTime() - started) / 1_000_000);
    }

    /** The audit subject of a bulk change under a region code: the code, or "national" for the country. */
    static String subjectOf(String regionCode) {
        return regionCode.isEmpty() ? "national" : regionCode;
    }

    /** Demo profile, first start: synthetic TPS for each demo region that has no TPS at all yet. */
    @Transactional
    public void generateDemoIfEmpty() {
        List<String> empty = DEMO_REGIONS.stream().filter(code -> store.countUnder(code) == 0).toList();
        if (empty.isEmpty()) {
            return;
        }
        GenerationReport report = generate(empty, GenerationProgress.Listener.NONE);
        LOG.info(() -> "Demo TPS generated for " + empty + ": " + report.written() + " TPS, " + report.voters()
                + " voters in " + report.millis() + " ms");
    }
}
