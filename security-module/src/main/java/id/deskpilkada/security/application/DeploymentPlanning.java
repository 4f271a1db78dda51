package id.deskpilkada.security.application;

import static id.deskpilkada.security.application.DeploymentAccess.PLANNERS;
import static id.deskpilkada.security.application.DeploymentAccess.READERS;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.security.DeploymentGapDetected;
import id.deskpilkada.platform.events.security.DeploymentPlanned;
import id.deskpilkada.security.domain.DeploymentGap;
import id.deskpilkada.security.domain.GapRevision;
import id.deskpilkada.security.domain.OperationPattern;
import id.deskpilkada.security.domain.PersonnelNeed;
import id.deskpilkada.security.domain.PersonnelRollup;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.persistence.PatternRepository;
import id.deskpilkada.security.persistence.PublishedGapStore;
import id.deskpilkada.security.persistence.RosterRepository;
import id.deskpilkada.security.persistence.TpsCategoryCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deployment plan of a region: personnel needed per TPS category under the active pattern (one aggregate
 * query streamed into the plan), against the roster's available and standby personnel of the units in the region
 * and below it, and the teams assigned. "Compute" also announces the gaps of Polres and Polda regions
 * (DeploymentGapDetected), each only when it is new or changed, and the plan of every kab/kota in the region
 * (DeploymentPlanned), each time.
 */
@ApplicationScoped
@Transactional
public class DeploymentPlanning {

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    TpsCategoryCounts counts;

    @Inject
    PatternRepository patterns;

    @Inject
    RosterRepository roster;

    @Inject
    PublishedGapStore announced;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    /** Where the plan view starts for the caller: the nation, or the first region of their jurisdiction. */
    public String topOfJurisdiction() {
        access.requireAnyRole(READERS);
        return access.scope().isNational() ? "" : access.scope().sortedPrefixes().get(0);
    }

    /** The plan of a region ({@code ""} or "-": the nation) and of the regions directly below it. */
    public RegionDeployment plan(String regionCode) {
        access.requireAnyRole(READERS);
        String region = DeploymentAccess.normalized(regionCode);
        access.requireWithinScope(region);
        String name = DeploymentAccess.nameOf(regions, region);
        OperationPattern pattern = activePattern();
        return view(region, name, pattern, figures(region, pattern));
    }

    /**
     * Computes the plan afresh and announces the gaps of the Polres (kab/kota) and Polda (province) regions at and
     * under the region that are new or changed since they were last announced; closed gaps are forgotten. The plan
     * of every kab/kota at or under the region is published as it is now.
     */
    public Recomputation recompute(String regionCode) {
        access.requireAnyRole(PLANNERS);
        String region = DeploymentAccess.normalized(regionCode);
        access.requireWithinScope(region);
        String name = DeploymentAccess.nameOf(regions, region);
        OperationPattern pattern = activePattern();
        DeploymentFigures figures = figures(region, pattern);
        List<DeploymentGap> gaps = figures.gapsOfPolresAndPolda(region);
        GapRevision revision = GapRevision.of(announced.under(region), gaps);
        LocalDateTime now = LocalDateTime.now(clock);
        for (DeploymentGap gap : revision.toPublish()) {
            events.publish(new DeploymentGapDetected(gap.regionCode(), gap.force().name().toLowerCase(Locale.ROOT),
                    gap.needed(), gap.available(), gap.standby()));
            announced.announced(gap, now);
        }
        revision.closed().forEach(announced::forget);
        List<DeploymentPlanned> kabKota = figures.kabKotaPlans(region);
        kabKota.forEach(events::publish);
        RegionDeployment plan = view(region, name, pattern, figures);
        PersonnelNeed need = plan.region().need();
        audit.record("deployment.computed", "deployment-plan", region.isEmpty() ? "-" : region,
                region.isEmpty() ? null : region, null, Map.of("pattern", pattern.name(),
                        "tps", plan.region().tps().total(), "unclassifiedTps", plan.region().tps().unclassified(),
                        "need", need.polri() + "/" + need.tni() + "/" + need.linmas(), "gaps", gaps.size(),
                        "announced", revision.toPublish().size(), "closed", revision.closed().size(),
                        "kabKotaPlanned", kabKota.size()));
        return new Recomputation(plan, gaps, revision.toPublish().size(), revision.closed().size());
    }

    private DeploymentFigures figures(String region, OperationPattern pattern) {
        PersonnelRollup available = new PersonnelRollup();
        PersonnelRollup standby = new PersonnelRollup();
        PersonnelRollup assigned = new PersonnelRollup();
        roster.addStrengthUnder(region, available, standby);
        roster.addAssignedUnder(region, assigned);
        return new DeploymentFigures(DeploymentFigures.plan(counts, pattern.pattern(), region), available, standby,
                assigned);
    }

    private RegionDeployment view(String region, String name, OperationPattern pattern, DeploymentFigures figures) {
        List<RegionSummary> below = region.isEmpty() ? regions.roots()
                : region.length() == DeploymentRow.DESA_LENGTH ? List.of() : regions.children(region);
        List<DeploymentRow> children = below.stream().filter(r -> access.scope().covers(r.code()))
                .map(r -> figures.row(r.code(), r.name())).toList();
        return new RegionDeployment(figures.row(region, name), children, pattern.name(),
                pattern.pattern().tniPerKecamatan());
    }

    private OperationPattern activePattern() {
        return patterns.active().orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.NO_ACTIVE_PATTERN));
    }
}
