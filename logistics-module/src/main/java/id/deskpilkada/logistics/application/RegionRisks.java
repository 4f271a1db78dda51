package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.RegionRisk;
import id.deskpilkada.logistics.persistence.RegionRiskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.Optional;

/** Queries on regions at risk for distribution. */
@ApplicationScoped
@Transactional
public class RegionRisks {

    @Inject
    RegionRiskRepository risks;

    public List<RegionAtRisk> within(String regionPrefix, int first, int max) {
        return risks.within(regionPrefix, first, max).stream().map(RegionRisks::view).toList();
    }

    public long countWithin(String regionPrefix) {
        return risks.countWithin(regionPrefix);
    }

    public Optional<RegionAtRisk> forIncident(UUID incidentId) {
        return risks.byIncident(incidentId).map(RegionRisks::view);
    }

    private static RegionAtRisk view(RegionRisk r) {
        return new RegionAtRisk(r.incidentId(), r.regionCode(), r.incidentType(), r.severity(), r.title(),
                r.flaggedAt(), r.updatedAt());
    }
}
