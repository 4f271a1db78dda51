package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.tps.ExistingTps;
import id.deskpilkada.platform.domain.tps.TpsCsv;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsImportPlan;
import id.deskpilkada.platform.domain.tps.TpsKey;
import id.deskpilkada.platform.domain.tps.TpsRow;
import id.deskpilkada.platform.domain.tps.TpsRules;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.platform.TpsImported;
import id.deskpilkada.platform.persistence.TpsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a TPS file ({@code village_code,tps_number,voters,address[,latitude,longitude]}): a dry run reports
 * what would be added, updated and left unchanged and every bad row; apply recomputes the same plan in one
 * transaction and writes all of it or nothing. Rows outside the administrator's jurisdiction are problems,
 * not skipped silently. Importing the same file again changes nothing.
 *
 * <p>Audit: one {@code tps.imported} entry with the counts (the added TPS are the file itself), plus one
 * {@code tps.updated} entry per overwritten real TPS with its values before and after, since those values
 * are otherwise lost. Synthetic TPS that a real list replaces are only counted: the generator gives their
 * values again from its seed, and a first real national list would otherwise write ~435,000 entries. Events:
 * one {@code platform.TpsImported} for the whole file (see its javadoc for why).
 */
@ApplicationScoped
public class TpsImporter {

    @Inject
    TpsStore store;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public TpsImportReport dryRun(Reader csv) {
        access.requireAnyRole(Role.ADMIN);
        long started = System.nanoTime();
        return report(plan(csv), false, started);
    }

    @Transactional
    public TpsImportReport apply(Reader csv) {
        access.requireAnyRole(Role.ADMIN);
        long started = System.nanoTime();
        TpsImportPlan plan = plan(csv);
        if (!plan.applicable() || plan.changesNothing()) {
            return report(plan, false, started);
        }
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        store.insert(plan.added(), now);
        store.update(plan.updated(), now);
        String region = plan.commonRegion();
        audit.record("tps.imported", "tps-file", TpsGenerator.subjectOf(region), region.isEmpty() ? null : region,
                null, summary(plan));
        for (TpsImportPlan.Update update : plan.updated()) {
            ExistingTps before = update.before();
            if (before.synthetic()) {
                continue; // generated values are not lost: the generator's seed gives them again
            }
            TpsDetails after = update.after();
            audit.record("tps.updated", "tps", after.key().toString(), after.villageCode(),
                    TpsState.of(before.details(), before.status(), before.synthetic()),
                    TpsState.of(after, TpsStatus.AKTIF, false));
        }
        events.publish(new TpsImported(region, "IMPORT", plan.added().size(), plan.updated().size(), 0,
                plan.votersChanged()));
        return report(plan, true, started);
    }

    private TpsImportPlan plan(Reader csv) {
        TpsCsv.Parsed parsed = TpsCsv.read(csv);
        Set<String> villages = parsed.rows().stream()
                .map(TpsRow::villageCode)
                .filter(code -> code != null && TpsRules.isVillageCode(code.strip()))
                .map(String::strip)
                .collect(Collectors.toSet());
        Set<String> known = store.knownVillages(villages);
        Map<TpsKey, ExistingTps> stored = store.existingIn(known);
        return TpsImportPlan.of(parsed.rows(), parsed.problems(), known::contains, access.scope(), stored);
    }

    private static Map<String, Object> summary(TpsImportPlan plan) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", plan.rows());
        summary.put("added", plan.added().size());
        summary.put("updated", plan.updated().size());
        summary.put("unchanged", plan.unchanged());
        summary.put("syntheticReplaced", plan.updated().stream().filter(u -> u.before().synthetic()).count());
        return summary;
    }

    private static TpsImportReport report(TpsImportPlan plan, boolean applied, long startedNanos) {
        List<String> added = plan.added().stream().limit(TpsImportReport.SAMPLE)
                .map(t -> t.key().toString()).toList();
        List<String> updated = plan.updated().stream().limit(TpsImportReport.SAMPLE)
                .map(u -> u.after().key().toString()).toList();
        return new TpsImportReport(applied, plan.applicable(), plan.rows(), plan.added().size(),
                plan.updated().size(), plan.unchanged(), added, updated, plan.problems(),
                (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
