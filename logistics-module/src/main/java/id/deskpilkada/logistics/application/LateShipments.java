package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.Lateness;
import id.deskpilkada.logistics.domain.Shipment;
import id.deskpilkada.logistics.persistence.RegionRiskRepository;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shipments of the caller's jurisdiction past their ETA and not received, the longest overdue first — the daily list
 * of what to chase. Paged in the database; the page's regions are checked for risk flags in one query.
 */
@ApplicationScoped
@Transactional
public class LateShipments {

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    ShipmentRepository shipments;

    @Inject
    RegionRiskRepository risks;

    /** @param regionFilter a region the caller narrows to ("" = all of the caller's jurisdiction) */
    public List<LateShipment> page(String regionFilter, int first, int max) {
        Scope scope = scope(regionFilter);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Shipment> page = shipments.page(scope, null, now, first, Math.min(max, ShipmentService.MAX_PAGE));
        Set<String> atRisk = risks.atRisk(page.stream().map(Shipment::regionCode).collect(Collectors.toSet()));
        return page.stream().map(s -> new LateShipment(s.id(), s.number(), s.from().toString(), s.to().toString(),
                s.regionCode(), s.status().name(), s.statusReason(), s.etaUtc(), Lateness.of(s.etaUtc(), now),
                atRisk.contains(s.regionCode()), s.escortNeeded())).toList();
    }

    public long count(String regionFilter) {
        return shipments.count(scope(regionFilter), null, LocalDateTime.now(clock));
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(ShipmentService.READERS);
        return access.scope().narrowedTo(regionFilter);
    }
}
