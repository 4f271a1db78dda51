package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.NodeStock;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.logistics.persistence.StockDamageStore;
import id.deskpilkada.platform.application.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Stock at a node of the chain (the KPU warehouse of a kab/kota, a PPK, a PPS, a TPS), item by item: received
 * there, sent on, planned to leave and on hand — summed from the node's shipments, two grouped queries. At a TPS,
 * which sends nothing on, on hand is the usable stock its readiness counts, beside what was damaged there.
 */
@ApplicationScoped
@Transactional
public class NodeStocks {

    @Inject
    Access access;

    @Inject
    ShipmentRepository shipments;

    @Inject
    ReadinessStore readiness;

    @Inject
    StockDamageStore damages;

    /** @param tpsNumber the TPS's number in its desa; 0 for the other kinds */
    public NodeStock of(NodeKind kind, String regionCode, int tpsNumber) {
        access.requireAnyRole(ShipmentService.READERS);
        if (!Node.isWellFormed(kind, regionCode, tpsNumber)) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_NODE, (kind == null ? "?" : kind.name()) + " "
                    + (regionCode == null ? "?" : regionCode) + (tpsNumber == 0 ? "" : " TPS " + tpsNumber));
        }
        access.requireWithinScope(regionCode);
        Node node = new Node(kind, regionCode, tpsNumber);
        List<String> catalogue = shipments.catalogue().stream().map(KitItem::code).toList();
        if (kind == NodeKind.TPS) {
            return NodeStock.ofTps(node, catalogue, shipments.receivedAt(node),
                    damages.damagedAt(regionCode, tpsNumber), readiness.stock(regionCode, tpsNumber));
        }
        ShipmentRepository.Outgoing outgoing = shipments.outgoingFrom(node);
        Map<String, Long> received = kind.receivesShipments() ? shipments.receivedAt(node) : Map.of();
        return NodeStock.of(node, catalogue, received, outgoing.sent(), outgoing.planned());
    }
}
