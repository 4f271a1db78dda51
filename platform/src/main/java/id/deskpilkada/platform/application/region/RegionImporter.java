package id.deskpilkada.platform.application.region;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.ImportProblem;
import id.deskpilkada.platform.domain.region.Population;
import id.deskpilkada.platform.domain.region.RegionChange;
import id.deskpilkada.platform.domain.region.RegionCsv;
import id.deskpilkada.platform.domain.region.RegionImportPlan;
import id.deskpilkada.platform.domain.region.RegionLevel;
import id.deskpilkada.platform.domain.region.RegionRow;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.platform.RegionChanged;
import id.deskpilkada.platform.events.platform.RegionsImported;
import id.deskpilkada.platform.persistence.RegionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Imports a complete Kemendagri region file: a dry run reports what would be added, renamed, moved and
 * removed and every bad row; apply recomputes the same plan in one transaction and writes all of it or
 * nothing. Importing the file the tree already holds changes nothing.
 */
@ApplicationScoped
public class RegionImporter {

    private static final Logger LOG = Logger.getLogger(RegionImporter.class.getName());

    @Inject
    RegionStore store;

    @Inject
    @Any
    Instance<RegionUsage> usages;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    @Transactional
    public RegionImportReport dryRun(Reader csv) {
        access.requireAnyRole(Role.ADMIN);
        long started = System.nanoTime();
        return report(plan(csv), false, started);
    }

    @Transactional
    public RegionImportReport apply(Reader csv) {
        access.requireAnyRole(Role.ADMIN);
        long started = System.nanoTime();
        RegionImportPlan plan = plan(csv);
        if (!plan.applicable() || plan.changesNothing()) {
            return report(plan, false, started);
        }
        write(plan);
        audit.record("region.imported", "region-file", "upload", null, null, summary(plan));
        auditChanges(plan);
        publish(plan);
        return report(plan, true, started);
    }

    /** First start: population per kab/kota for planning, bundled with the application. */
    @Transactional
    public int loadPopulationIfEmpty(Reader populationCsv) {
        if (store.populationCount() > 0) {
            return 0;
        }
        List<Population> rows = Population.read(populationCsv);
        store.insertPopulation(rows);
        return rows.size();
    }

    /** First start: the official tree bundled with the application, without per-region events. */
    @Transactional
    public int loadIfEmpty(Reader officialCsv) {
        if (store.count() > 0) {
            return 0;
        }
        long started = System.nanoTime();
        RegionImportPlan plan = plan(officialCsv);
        if (!plan.applicable()) {
            throw new IllegalStateException("The bundled region file has problems: " + plan.problems().get(0));
        }
        long planned = System.nanoTime();
        store.insert(plan.added());
        audit.record("region.initialLoad", "region-file", "regions/wilayah.csv", null, null, summary(plan));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long planMillis = (planned - started) / 1_000_000;
        LOG.info(() -> "Region tree loaded: " + plan.added().size() + " regions in " + millis + " ms (read and plan "
                + planMillis + " ms, write " + (millis - planMillis) + " ms)");
        return plan.added().size();
    }

    private RegionImportPlan plan(Reader csv) {
        RegionCsv.Parsed parsed = RegionCsv.read(csv);
        RegionImportPlan plan = RegionImportPlan.of(parsed.rows(), parsed.problems(), store.all());
        return plan.removed().isEmpty() ? plan : plan.refusingRemovals(usageProblems(plan.removed()));
    }

    private List<ImportProblem> usageProblems(List<String> removed) {
        List<ImportProblem> problems = new ArrayList<>();
        for (RegionUsage usage : usages) {
            for (Map.Entry<String, Long> used : usage.usage(removed).entrySet()) {
                if (used.getValue() > 0) {
                    problems.add(new ImportProblem(0, ImportProblem.Kind.REGION_IN_USE, used.getKey(),
                            used.getValue() + " " + usage.usedBy()));
                }
            }
        }
        return problems;
    }

    private void write(RegionImportPlan plan) {
        store.delete(plan.removed());
        store.insert(plan.added());
        store.rename(plan.renamed());
        store.move(plan.moved());
    }

    private void auditChanges(RegionImportPlan plan) {
        for (RegionChange renamed : plan.renamed()) {
            audit.record("region.renamed", "region", renamed.code(), renamed.code(), renamed.before(),
                    renamed.after());
        }
        for (RegionChange moved : plan.moved()) {
            audit.record("region.moved", "region", moved.code(), moved.code(), moved.before(), moved.after());
        }
        for (String removed : plan.removed()) {
            audit.record("region.removed", "region", removed, removed, removed, null);
        }
    }

    private void publish(RegionImportPlan plan) {
        events.publish(new RegionsImported(plan.rows(), plan.added().size(), plan.renamed().size(),
                plan.moved().size(), plan.removed().size()));
        for (RegionChange renamed : plan.renamed()) {
            events.publish(new RegionChanged(renamed.code(), "RENAMED", renamed.after(), levelOf(renamed.code()),
                    null));
        }
        for (RegionChange moved : plan.moved()) {
            events.publish(new RegionChanged(moved.code(), "MOVED", null, levelOf(moved.code()), moved.after()));
        }
        for (String removed : plan.removed()) {
            events.publish(new RegionChanged(removed, "REMOVED", null, levelOf(removed), null));
        }
    }

    private static int levelOf(String code) {
        return id.deskpilkada.platform.domain.region.RegionCode.levelOf(code).map(RegionLevel::number).orElse(0);
    }

    private static Map<String, Integer> summary(RegionImportPlan plan) {
        return Map.of("rows", plan.rows(), "added", plan.added().size(), "renamed", plan.renamed().size(),
                "moved", plan.moved().size(), "removed", plan.removed().size());
    }

    private static RegionImportReport report(RegionImportPlan plan, boolean applied, long startedNanos) {
        return new RegionImportReport(applied, plan.applicable(), plan.rows(), plan.added().size(),
                plan.renamed().size(), plan.moved().size(), plan.removed().size(), plan.unchanged(),
                plan.added().stream().limit(RegionImportReport.SAMPLE).map(RegionRow::code).toList(),
                plan.renamed().stream().limit(RegionImportReport.SAMPLE).toList(),
                plan.moved().stream().limit(RegionImportReport.SAMPLE).toList(),
                plan.removed().stream().limit(RegionImportReport.SAMPLE).toList(),
                plan.problems(), (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
