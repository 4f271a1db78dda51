package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.ItemReadiness;
import id.deskpilkada.logistics.domain.KitCoverage;
import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.domain.ReadinessRecount;
import id.deskpilkada.logistics.domain.StockDamage;
import id.deskpilkada.logistics.domain.TpsKit;
import id.deskpilkada.logistics.persistence.KitNeedStore;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Readiness in percent: TPS whose full kit has arrived ÷ TPS, per region at every level, and the same per item
 * of the kit. Kept incrementally — a TPS completing its kit (or covering an item) moves one row per level, a
 * TPS whose voters changed is checked again both ways, and RegionReadinessChanged is published where a whole
 * percent was crossed, up or down — and read by primary key, so that the national view never scans the TPS.
 */
@ApplicationScoped
@Transactional
public class KitReadiness {

    /** Levels announced after a rebuild: the nation, provinces, kab/kota. */
    private static final int[] SNAPSHOT_LEVELS = {0, 2, 5};

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    ReadinessStore store;

    @Inject
    ShipmentRepository shipments;

    @Inject
    KitNeedStore needs;

    @Inject
    TpsService tps;

    @Inject
    EventPublisher events;

    /**
     * Usable items arrived at a TPS (called by receipts, within their transaction): the items whose stock now
     * covers the TPS's need, and the kit once all do, count at every level.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(String villageCode, int tpsNumber, Map<String, Integer> usable) {
        store.lockVillage(villageCode);
        check(villageCode, tpsNumber, store.addUsable(villageCode, tpsNumber, usable));
    }

    /**
     * Material at a TPS was damaged after receipt (called by {@link StockDamages} within its transaction): the
     * quantities, checked against what is on hand while the desa is locked, leave the TPS's usable stock, and a
     * kit or an item no longer covered stops counting at every level.
     *
     * @return the TPS's usable quantity per item before the damage
     * @throws ShipmentRuleViolation DAMAGE_EXCEEDS_STOCK when more is damaged than the TPS has usable
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Integer> damaged(StockDamage damage) {
        store.lockVillage(damage.villageCode());
        Map<String, Integer> before = store.stock(damage.villageCode(), damage.tpsNumber());
        Map<String, String> names = shipments.catalogue().stream()
                .collect(Collectors.toMap(KitItem::code, KitItem::name));
        damage.requireOnHand(before, item -> names.getOrDefault(item, item));
        check(damage.villageCode(), damage.tpsNumber(),
                store.removeUsable(damage.villageCode(), damage.tpsNumber(), damage.quantities()));
        return before;
    }

    /**
     * One TPS was created, removed, restored or got other voters (platform.TpsChanged): its stock is checked
     * against its need as it is now, both ways, without a rebuild. It reads the TPS as the platform has it now,
     * not as an event said, so that a repeated, late or reordered event, or one a rebuild already took in,
     * changes nothing more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recheck(String villageCode, int tpsNumber) {
        store.lockVillage(villageCode);
        check(villageCode, tpsNumber, store.stock(villageCode, tpsNumber));
    }

    /**
     * Remembers what the TPS's stock covers now (nothing once removed), then moves the counts of its desa, and
     * by the same difference of every level above, to a recount of the desa: that also takes in a TPS created
     * or removed since, whose own event may still be on its way.
     */
    private void check(String villageCode, int tpsNumber, Map<String, Integer> stock) {
        KitCoverage after = coverage(villageCode, store.activeVoters(villageCode, tpsNumber), stock);
        store.recordCoverage(villageCode, tpsNumber, store.coverage(villageCode, tpsNumber), after,
                LocalDateTime.now(clock));
        publishCrossings(store.reconcileVillage(villageCode));
    }

    private KitCoverage coverage(String villageCode, OptionalInt voters, Map<String, Integer> stock) {
        if (voters.isEmpty()) {
            return KitCoverage.NONE;
        }
        List<KitItem> catalogue = shipments.catalogue();
        return KitCoverage.of(TpsKit.needs(catalogue, voters.getAsInt(), shipments.electionsIn(villageCode)), stock);
    }

    /** RegionReadinessChanged where a level crossed a whole percent, up or down. */
    private void publishCrossings(List<Readiness[]> changes) {
        for (Readiness[] change : changes) {
            if (change[0].crossesWholePercent(change[1])) {
                events.publish(new RegionReadinessChanged(change[1].regionCode(), change[1].percent(),
                        change[1].tpsReady(), change[1].tpsTotal(), change[0].percent()));
            }
        }
    }

    /** The region with its readiness per item, and the regions directly below it. */
    public RegionReadiness of(String regionCode) {
        access.requireAnyRole(Role.values());
        access.requireWithinScope(regionCode);
        Readiness region = store.find(regionCode).orElse(new Readiness(regionCode, 0, 0));
        return new RegionReadiness(region,
                store.children(regionCode).stream().filter(r -> access.scope().covers(r.regionCode())).toList(),
                store.items(regionCode, region.tpsTotal()));
    }

    /**
     * Whether one TPS counts as ready, its kit (empty once it is removed) and its desa's readiness: what the stock
     * page shows beside the TPS's stock.
     */
    public TpsReadiness ofTps(String villageCode, int tpsNumber) {
        access.requireAnyRole(Role.values());
        access.requireWithinScope(villageCode);
        OptionalInt voters = store.activeVoters(villageCode, tpsNumber);
        Map<String, Integer> kit = voters.isEmpty() ? Map.of()
                : TpsKit.needs(shipments.catalogue(), voters.getAsInt(), shipments.electionsIn(villageCode));
        return new TpsReadiness(store.isReady(villageCode, tpsNumber), kit,
                store.find(villageCode).orElse(new Readiness(villageCode, 0, 0)));
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

    /** Rebuilds the read model from the TPS list (after it changed in bulk) — ADMIN or the system. */
    public void rebuild() {
        access.requireAnyRole(Role.ADMIN);
        rebuildAndAnnounce();
    }

    /**
     * The TPS list changed in bulk (platform.TpsImported: a file or the generator), handled within the consumer's
     * transaction: the read model is rebuilt from it and announced like after any rebuild.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tpsImported() {
        rebuildAndAnnounce();
    }

    /**
     * Rebuilds the read model from the TPS list. No region crossed a percent one receipt at a time then, so
     * readers of RegionReadinessChanged (the desk) would keep old figures: the nation, every province and every
     * kab/kota are announced as they are now (about 550 events; kecamatan and desa follow with their next
     * receipts).
     */
    private void rebuildAndAnnounce() {
        store.rebuild();
        for (int level : SNAPSHOT_LEVELS) {
            for (Readiness region : store.level(level)) {
                events.publish(new RegionReadinessChanged(region.regionCode(), region.percent(), region.tpsReady(),
                        region.tpsTotal()));
            }
        }
    }

    /**
     * The needs of the TPS under a region changed (the catalogue or the elections held there): TPS with counted
     * stock are checked against their new kit, then the read model is rebuilt. Called by the catalogue within
     * its own checked and audited transaction; a formula change is rare, so a rebuild is affordable. The regions
     * down to kab/kota are announced afterwards, as after any rebuild.
     *
     * @param raisedItems codes of the items whose need may have risen: only they can make a ready TPS fall short
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReadinessRecount needsChanged(String regionPrefix, Collection<String> raisedItems) {
        ReadinessRecount recount = needs.reevaluate(regionPrefix, raisedItems, LocalDateTime.now(clock));
        rebuildAndAnnounce();
        return recount;
    }

    /**
     * One TPS's readiness: whether its full kit is on hand, the kit it needs (item code → quantity) and its desa.
     */
    public record TpsReadiness(boolean ready, Map<String, Integer> kit, Readiness village) {
    }

    /**
     * Readiness of a region, of the regions below it, and of the region per item of the kit (catalogue order).
     */
    public record RegionReadiness(Readiness region, List<Readiness> children, List<ItemReadiness> items) {
    }
}
