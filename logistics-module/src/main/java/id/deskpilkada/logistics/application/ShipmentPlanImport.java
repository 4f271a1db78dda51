package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.PlanCsv;
import id.deskpilkada.logistics.domain.ShipmentImportPlan;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a shipment plan file (see {@link PlanCsv}): a dry run reports the shipments and lines it would create
 * and every bad row; apply recomputes the same plan in one transaction and creates all of it or nothing. Rows
 * sent from outside the officer's jurisdiction are problems, not skipped.
 *
 * <p>Each shipment is created through {@link ShipmentService#planAll}, the form's own path with its checks, so it
 * is audited as {@code shipment.planned} like a planned one; the file adds one {@code shipment.imported} entry
 * with the counts, as the TPS import does.
 */
@ApplicationScoped
public class ShipmentPlanImport {

    @Inject
    Access access;

    @Inject
    PlanLookups lookups;

    @Inject
    ShipmentService shipments;

    @Inject
    AuditLog audit;

    @Transactional
    public ShipmentImportReport dryRun(Reader csv) {
        access.requireAnyRole(ShipmentService.OFFICERS);
        long started = System.nanoTime();
        return report(plan(csv), false, started);
    }

    @Transactional
    public ShipmentImportReport apply(Reader csv) {
        access.requireAnyRole(ShipmentService.OFFICERS);
        long started = System.nanoTime();
        ShipmentImportPlan plan = plan(csv);
        if (!plan.applicable()) {
            return report(plan, false, started);
        }
        shipments.planAll(plan.shipments().stream().map(ShipmentImportPlan.PlannedShipment::plan).toList());
        String region = plan.commonRegion();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows", plan.rows());
        summary.put("shipments", plan.shipments().size());
        summary.put("lines", plan.lines());
        audit.record("shipment.imported", "shipment-file", firstAndLast(plan), region.isEmpty() ? null : region,
                null, summary);
        return report(plan, true, started);
    }

    private ShipmentImportPlan plan(Reader csv) {
        PlanCsv.Parsed file = PlanCsv.read(csv);
        return ShipmentImportPlan.of(file, access.scope(),
                lookups.of(file.regionCodes(), file.tpsVillages(), file.numbers()));
    }

    /** The file's shipment numbers as the audit trail names the import: {@code KPG-0001 … KPG-0420}. */
    private static String firstAndLast(ShipmentImportPlan plan) {
        List<ShipmentImportPlan.PlannedShipment> all = plan.shipments();
        String first = all.get(0).plan().number();
        return all.size() == 1 ? first : first + " … " + all.get(all.size() - 1).plan().number();
    }

    private static ShipmentImportReport report(ShipmentImportPlan plan, boolean applied, long startedNanos) {
        List<ShipmentImportReport.Planned> sample = plan.shipments().stream().limit(ShipmentImportReport.SAMPLE)
                .map(s -> {
                    ShipmentPlan p = s.plan();
                    return new ShipmentImportReport.Planned(s.rowNumber(), p.number(), p.from().toString(),
                            p.to().toString(), p.quantities().size(), p.departureUtc(), p.etaUtc());
                }).toList();
        return new ShipmentImportReport(applied, plan.applicable(), plan.rows(), plan.shipments().size(),
                plan.lines(), sample, plan.problems(), (System.nanoTime() - startedNanos) / 1_000_000);
    }
}
