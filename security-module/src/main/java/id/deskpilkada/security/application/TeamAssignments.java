package id.deskpilkada.security.application;

import static id.deskpilkada.security.application.DeploymentAccess.PLANNERS;
import static id.deskpilkada.security.application.DeploymentAccess.READERS;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.security.domain.DeploymentPlan;
import id.deskpilkada.security.domain.OperationPattern;
import id.deskpilkada.security.domain.RosterUnit;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.domain.TeamAssignment;
import id.deskpilkada.security.persistence.PatternRepository;
import id.deskpilkada.security.persistence.RosterRepository;
import id.deskpilkada.security.persistence.TpsCategoryCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Named teams of roster units sent to clusters of TPS (a kecamatan or a desa inside the unit's region), and the
 * sprint order that lists them per unit. A unit never sends more personnel than it has with its standby.
 */
@ApplicationScoped
@Transactional
public class TeamAssignments {

    static final String SUBJECT = "team-assignment";

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    RosterRepository roster;

    @Inject
    Roster units;

    @Inject
    PatternRepository patterns;

    @Inject
    TpsCategoryCounts counts;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditLog audit;

    public UUID assign(AssignmentDraft draft) {
        access.requireAnyRole(PLANNERS);
        RosterUnit unit = roster.lock(draft.unitId())
                .orElseThrow(() -> new IllegalArgumentException("No roster unit " + draft.unitId()));
        access.requireWithinScope(unit.regionCode());
        long assigned = roster.assignedPerUnit(List.of(unit.id())).getOrDefault(unit.id(), 0L);
        TeamAssignment assignment = unit.assign(draft.teamName(), draft.regionCode(), draft.personnel(), assigned,
                access.actor(), LocalDateTime.now(clock));
        DeploymentAccess.nameOf(regions, assignment.regionCode());
        roster.add(assignment);
        audit.record("deployment.assigned", SUBJECT, assignment.id().toString(), assignment.regionCode(), null,
                Map.of("unit", unit.name(), "team", assignment.teamName(), "personnel", assignment.personnel()));
        return assignment.id();
    }

    public void unassign(UUID assignmentId) {
        access.requireAnyRole(PLANNERS);
        TeamAssignment assignment = roster.assignment(assignmentId)
                .orElseThrow(() -> new IllegalArgumentException("No team assignment " + assignmentId));
        RosterUnit unit = roster.find(assignment.unitId()).orElseThrow();
        access.requireWithinScope(unit.regionCode());
        roster.remove(assignment);
        audit.record("deployment.unassigned", SUBJECT, assignmentId.toString(), assignment.regionCode(),
                Map.of("unit", unit.name(), "team", assignment.teamName(), "personnel", assignment.personnel()),
                null);
    }

    /** Units that may send teams to the cluster: those at it and above it, within the caller's jurisdiction. */
    public List<UnitView> unitsCovering(String clusterCode) {
        access.requireAnyRole(READERS);
        if (clusterCode == null || !RegionCode.isWellFormed(clusterCode)) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_REGION, String.valueOf(clusterCode));
        }
        access.requireWithinScope(clusterCode);
        return units.views(roster.covering(RegionCode.selfAndAncestors(clusterCode), access.scope()));
    }

    /**
     * The unit's sprint order: its teams with the desa and kecamatan they go to, the TPS there and what the
     * active pattern needs there of the unit's force.
     */
    public SprintOrder sprintOrder(UUID unitId) {
        UnitView unit = units.find(unitId);
        OperationPattern pattern = patterns.active()
                .orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.NO_ACTIVE_PATTERN));
        Map<String, DeploymentPlan> plans = new HashMap<>();
        List<AssignmentLine> lines = roster.assignmentsOf(unitId).stream().map(a -> {
            DeploymentPlan plan = plans.computeIfAbsent(a.regionCode(),
                    code -> DeploymentFigures.plan(counts, pattern.pattern(), code));
            List<RegionSummary> path = regions.path(a.regionCode());
            String kecamatan = path.stream().filter(r -> r.code().length() == 8).map(RegionSummary::name)
                    .findFirst().orElse(null);
            String desa = path.stream().filter(r -> r.code().equals(a.regionCode())
                    && r.code().length() == DeploymentRow.DESA_LENGTH).map(RegionSummary::name).findFirst()
                    .orElse(null);
            return new AssignmentLine(a.id(), a.teamName(), a.regionCode(), kecamatan, desa,
                    plan.tps(a.regionCode()), plan.need(a.regionCode()).of(unit.force()), a.personnel(),
                    a.assignedBy(), a.assignedAt());
        }).toList();
        return new SprintOrder(unit, lines, lines.stream().mapToLong(AssignmentLine::tps).sum(),
                lines.stream().mapToLong(AssignmentLine::personnel).sum(), pattern.name(), LocalDateTime.now(clock));
    }
}
