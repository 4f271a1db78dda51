package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.RegionRisk;
import id.deskpilkada.logistics.persistence.RegionRiskRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on regions at risk for distribution. */
@ApplicationScoped
@Transactional
public class RegionRisks {

    static final Role[] READERS = {Role.LOGISTICS, Role.SECURITY, Role.LEADERSHIP, Role.ADMIN};

    @Inject
    RegionRiskRepository risks;

    @Inject
    Access access;

    /** @param regionFilter a region the caller narrows to ("" = all of the caller's jurisdiction) */
    public List<RegionAtRisk> within(String regionFilter, int first, int max) {
        return risks.within(scope(regionFilter), first, max).stream().map(RegionRisks::view).toList();
    }

    public long countWithin(String regionFilter) {
        return risks.countWithin(scope(regionFilter));
    }

    /**
     * Of these regions (a page of them, or one TPS's desa), the ones an open threat covers — flagged themselves or
     * below a flagged region — in one query.
     */
    public java.util.Set<String> atRisk(java.util.Collection<String> regionCodes) {
        access.requireAnyRole(Role.values());
        return risks.atRisk(regionCodes.stream().filter(access.scope()::covers).toList());
    }

    public Optional<RegionAtRisk> forIncident(UUID incidentId) {
        access.requireAnyRole(READERS);
        Optional<RegionAtRisk> risk = risks.byIncident(incidentId).map(RegionRisks::view);
        risk.ifPresent(r -> access.requireWithinScope(r.regionCode()));
        return risk;
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(READERS);
        return access.scope().narrowedTo(regionFilter);
    }

    private static RegionAtRisk view(RegionRisk r) {
        return new RegionAtRisk(r.incidentId(), r.regionCode(), r.incidentType(), r.severity(), r.title(),
                r.flaggedAt(), r.updatedAt());
    }
}
