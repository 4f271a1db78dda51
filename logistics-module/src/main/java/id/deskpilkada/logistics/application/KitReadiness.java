package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.domain.TpsKit;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Readiness in percent: TPS whose full kit has arrived ÷ TPS, per region at every level. Kept incrementally —
 * a TPS completing its kit moves one row per level and publishes RegionReadinessChanged where a whole percent
 * was crossed — and read by primary key, so that the national view never scans the TPS.
 */
@ApplicationScoped
@Transactional
public class KitReadiness {

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    ReadinessStore store;

    @Inject
    ShipmentRepository shipments;

    @Inject
    TpsService tps;

    @Inject
    EventPublisher events;

    /** Usable items arrived at a TPS (called by receipts, within their transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(String villageCode, int tpsNumber, Map<String, Integer> usable) {
        Map<String, Integer> stock = store.addUsable(villageCode, tpsNumber, usable);
        if (store.isReady(villageCode, tpsNumber)) {
            return;
        }
        int voters = tps.find(villageCode, tpsNumber).map(TpsView::voters).orElse(0);
        List<KitItem> catalogue = shipments.catalogue();
        if (voters > 0 && TpsKit.complete(catalogue, voters, shipments.electionsIn(villageCode), stock)) {
            for (Readiness[] change : store.markReady(villageCode, tpsNumber, LocalDateTime.now(clock))) {
                if (change[0].crossesWholePercent(change[1])) {
                    events.publish(new RegionReadinessChanged(change[1].regionCode(), change[1].percent(),
                            change[1].tpsReady(), change[1].tpsTotal()));
                }
            }
        }
    }

    /** The region and the regions directly below it. */
    public RegionReadiness of(String regionCode) {
        access.requireAnyRole(Role.values());
        access.requireWithinScope(regionCode);
        return new RegionReadiness(store.find(regionCode).orElse(new Readiness(regionCode, 0, 0)),
                store.children(regionCode).stream().filter(r -> access.scope().covers(r.regionCode())).toList());
    }

    /** Where a readiness view starts for the caller: the nation, or the first region of their jurisdiction. */
    public String topOfJurisdiction() {
        access.requireAnyRole(Role.values());
        return access.scope().isNational() ? "" : access.scope().sortedPrefixes().get(0);
    }

    /** The full kit of one TPS (what its shipments must bring). @throws ShipmentRuleViolation for no such TPS */
    public Map<String, Integer> kitOf(String villageCode, int tpsNumber) {
        access.requireAnyRole(Role.values());
        access.requireWithinScope(villageCode);
        int voters = tps.find(villageCode, tpsNumber).map(TpsView::voters)
                .orElseThrow(() -> new ShipmentRuleViolation(ShipmentProblem.UNKNOWN_TPS, villageCode, tpsNumber));
        return TpsKit.needs(shipments.catalogue(), voters, shipments.electionsIn(villageCode));
    }

    /** Rebuilds the read model from the TPS list (after the list changed) — ADMIN or the system. */
    public void rebuild() {
        access.requireAnyRole(Role.ADMIN);
        store.rebuild();
    }

    /** Readiness of a region and of the regions below it. */
    public record RegionReadiness(Readiness region, List<Readiness> children) {
    }
}
