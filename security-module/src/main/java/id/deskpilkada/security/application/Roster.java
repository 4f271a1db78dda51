package id.deskpilkada.security.application;

import static id.deskpilkada.security.application.DeploymentAccess.PLANNERS;
import static id.deskpilkada.security.application.DeploymentAccess.READERS;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.agency.AgencyService;
import id.deskpilkada.platform.application.agency.AgencySummary;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.security.domain.RosterUnit;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.persistence.RosterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The roster: units of Polri, TNI and Satpol PP/Linmas with the personnel they have for TPS duty and in reserve,
 * each in the region it covers. Planners change the units of their jurisdiction; every change is audited.
 */
@ApplicationScoped
@Transactional
public class Roster {

    static final String SUBJECT = "roster-unit";
    public static final int MAX_PAGE = 500;

    @Inject
    Access access;

    @Inject
    RosterRepository units;

    @Inject
    RegionDirectory regions;

    @Inject
    AgencyService agencies;

    @Inject
    AuditLog audit;

    /** @param regionFilter a region the caller narrows to ("" = all of the caller's jurisdiction) */
    public List<UnitView> page(String regionFilter, int first, int max) {
        List<RosterUnit> page = units.page(scope(regionFilter), first, Math.min(max, MAX_PAGE));
        return views(page);
    }

    public long count(String regionFilter) {
        return units.count(scope(regionFilter));
    }

    public UnitView find(UUID id) {
        access.requireAnyRole(READERS);
        RosterUnit unit = units.find(id).orElseThrow(() -> new IllegalArgumentException("No roster unit " + id));
        access.requireWithinScope(unit.regionCode());
        return views(List.of(unit)).get(0);
    }

    public UUID create(UnitDraft draft) {
        access.requireAnyRole(PLANNERS);
        requireKnownRegionInScope(draft.regionCode());
        requireAgencyOfKind(draft);
        requireNameFree(draft, null);
        RosterUnit unit = new RosterUnit(draft.kind(), draft.name(), draft.regionCode(), draft.agencyId(),
                draft.available(), draft.standby());
        units.add(unit);
        audit.record("roster.unit.created", SUBJECT, unit.id().toString(), unit.regionCode(), null, state(unit));
        return unit.id();
    }

    /** @param expectedVersion the version the planner edited: a change by somebody else in between is refused */
    public void update(UUID id, long expectedVersion, UnitDraft draft) {
        access.requireAnyRole(PLANNERS);
        RosterUnit unit = units.lock(id).orElseThrow(() -> new IllegalArgumentException("No roster unit " + id));
        access.requireWithinScope(unit.regionCode());
        if (unit.version() != expectedVersion) {
            throw new OptimisticLockException(SecurityProblem.CONCURRENT_CHANGE.english(unit.name()));
        }
        requireKnownRegionInScope(draft.regionCode());
        requireAgencyOfKind(draft);
        requireNameFree(draft, id);
        Map<String, Object> before = state(unit);
        long assigned = units.assignedPerUnit(List.of(id)).getOrDefault(id, 0L);
        unit.change(draft.kind(), draft.name(), draft.regionCode(), draft.agencyId(), draft.available(),
                draft.standby(), assigned, units.assignmentCount(id));
        audit.record("roster.unit.changed", SUBJECT, id.toString(), unit.regionCode(), before, state(unit));
    }

    /** Removes a unit that has no team assignments (they are removed first, each audited). */
    public void delete(UUID id) {
        access.requireAnyRole(PLANNERS);
        RosterUnit unit = units.lock(id).orElseThrow(() -> new IllegalArgumentException("No roster unit " + id));
        access.requireWithinScope(unit.regionCode());
        long assignments = units.assignmentCount(id);
        if (assignments > 0) {
            throw new SecurityRuleViolation(SecurityProblem.UNIT_HAS_ASSIGNMENTS, unit.name(), assignments);
        }
        Map<String, Object> before = state(unit);
        units.remove(unit);
        audit.record("roster.unit.deleted", SUBJECT, id.toString(), unit.regionCode(), before, null);
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(READERS);
        return access.scope().narrowedTo(regionFilter);
    }

    private void requireKnownRegionInScope(String regionCode) {
        if (regionCode == null || !RegionCode.isWellFormed(regionCode)) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_REGION, String.valueOf(regionCode));
        }
        access.requireWithinScope(regionCode);
        DeploymentAccess.nameOf(regions, regionCode);
    }

    private void requireAgencyOfKind(UnitDraft draft) {
        if (draft.agencyId() == null) {
            return;
        }
        boolean matches = agencies.find(draft.agencyId())
                .filter(a -> draft.kind() != null && a.type().name().equals(draft.kind().name()))
                .isPresent();
        if (!matches) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_AGENCY, draft.agencyId(), draft.kind());
        }
    }

    private void requireNameFree(UnitDraft draft, UUID exceptId) {
        if (draft.name() != null && !draft.name().isBlank() && units.nameTaken(draft.regionCode(), draft.name(),
                exceptId)) {
            throw new SecurityRuleViolation(SecurityProblem.DUPLICATE_NAME, draft.name().strip());
        }
    }

    /** Views with region and agency names and the personnel assigned, in the order given. */
    List<UnitView> views(List<RosterUnit> page) {
        Map<UUID, Long> assigned = units.assignedPerUnit(page.stream().map(RosterUnit::id).toList());
        Map<String, String> regionNames = new LinkedHashMap<>();
        return page.stream().map(u -> new UnitView(u.id(), u.version(), u.kind(), u.force(), u.name(),
                u.regionCode(), regionNames.computeIfAbsent(u.regionCode(),
                        code -> regions.find(code).map(r -> r.name()).orElse(code)),
                u.agencyId(), u.agencyId() == null ? null
                        : agencies.find(u.agencyId()).map(AgencySummary::name).orElse(null),
                u.available(), u.standby(), assigned.getOrDefault(u.id(), 0L))).toList();
    }

    private static Map<String, Object> state(RosterUnit unit) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", unit.kind().name());
        state.put("name", unit.name());
        state.put("region", unit.regionCode());
        state.put("agency", unit.agencyId() == null ? null : unit.agencyId().toString());
        state.put("available", unit.available());
        state.put("standby", unit.standby());
        return state;
    }
}
