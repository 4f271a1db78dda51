package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.NodeStock;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.domain.StockDamage;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.logistics.persistence.StockDamageStore;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.StockDamaged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Damage of material already received at a TPS (kerusakan setelah diterima): logistics officers of the TPS's
 * desa record it, the TPS's usable stock falls and with it, where its kit is no longer covered, the readiness of
 * every region above it. Audited {@code stock.damaged}, published as {@code logistics.StockDamaged}.
 */
@ApplicationScoped
@Transactional
public class StockDamages {

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    ShipmentRepository shipments;

    @Inject
    ReadinessStore readiness;

    @Inject
    StockDamageStore damages;

    @Inject
    KitReadiness kits;

    @Inject
    NodeStocks stocks;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    /** Whether the caller may record damage at TPS of the region: an officer whose jurisdiction covers it. */
    public boolean mayRecordAt(String villageCode) {
        return villageCode != null && access.hasAnyRole(ShipmentService.OFFICERS)
                && access.scope().covers(villageCode);
    }

    /**
     * Records the damage and answers the TPS's stock afterwards.
     *
     * @throws ShipmentRuleViolation a broken rule: bad quantity or reason, note too long, an item not in the
     *                               catalogue, no active TPS, more damaged than on hand; nothing is saved
     */
    public NodeStock record(StockDamage damage) {
        access.requireAnyRole(ShipmentService.OFFICERS);
        damage.requireValid();
        access.requireWithinScope(damage.villageCode());
        if (readiness.activeVoters(damage.villageCode(), damage.tpsNumber()).isEmpty()) {
            throw new ShipmentRuleViolation(ShipmentProblem.UNKNOWN_TPS, damage.villageCode(), damage.tpsNumber());
        }
        damage.requireCatalogued(shipments.catalogue().stream().map(KitItem::code).toList());
        Map<String, Integer> before = kits.damaged(damage);
        damages.add(damage, access.actor(), LocalDateTime.now(clock));
        audit.record("stock.damaged", "tps", damage.node().toString(), damage.villageCode(),
                Map.of("usable", usableOf(before, damage)), auditAfter(before, damage));
        events.publish(new StockDamaged(damage.villageCode(), damage.tpsNumber(), Map.copyOf(damage.quantities()),
                damage.cause().name(), damage.note()));
        return stocks.of(NodeKind.TPS, damage.villageCode(), damage.tpsNumber());
    }

    /** The damaged items' usable quantities before. */
    private static Map<String, Integer> usableOf(Map<String, Integer> stock, StockDamage damage) {
        Map<String, Integer> usable = new LinkedHashMap<>();
        damage.quantities().keySet().forEach(item -> usable.put(item, stock.getOrDefault(item, 0)));
        return usable;
    }

    private static Map<String, Object> auditAfter(Map<String, Integer> before, StockDamage damage) {
        Map<String, Integer> usable = new LinkedHashMap<>();
        damage.quantities().forEach((item, quantity) -> usable.put(item, before.getOrDefault(item, 0) - quantity));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("damaged", damage.quantities());
        after.put("reason", damage.cause().name());
        if (damage.note() != null) {
            after.put("note", damage.note());
        }
        after.put("usable", usable);
        return after;
    }
}
