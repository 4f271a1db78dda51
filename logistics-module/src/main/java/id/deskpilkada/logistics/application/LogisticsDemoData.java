package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.ItemCount;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.logistics.domain.TpsKit;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.ModuleDemoData;
import id.deskpilkada.platform.application.tps.TpsFilter;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.TpsPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo readiness and shipments for the demo provinces: Kota Jambi about 98% ready, the rest of Jambi and NTT
 * between 80% and 92%, Kota Kupang about 90%, and Kota Kupang shipments in every state — a few delayed by rain
 * and floods, one received short. Readiness in bulk (SQL: the ready TPS with a kit in stock), shipments through
 * the module's services so that they are audited and published.
 */
@ApplicationScoped
public class LogisticsDemoData implements ModuleDemoData {

    private static final Logger LOG = Logger.getLogger(LogisticsDemoData.class.getName());

    @Inject
    ReadinessStore readiness;

    @Inject
    ShipmentRepository shipmentRepository;

    @Inject
    ShipmentService shipments;

    @Inject
    TpsService tps;

    @Inject
    KitReadiness kits;

    @Override
    @Transactional
    public void loadIfEmpty() {
        if (shipmentRepository.count(Scope.NATIONAL, null, null) > 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        readiness.markReadyWhere("15.71", 50, null, largestKitIn("15.71"), now);
        readiness.markReadyWhere("15", 12, "15.71", largestKitIn("15"), now);
        readiness.markReadyWhere("53.71", 10, null, largestKitIn("53.71"), now);
        readiness.markReadyWhere("53", 6, "53.71", largestKitIn("53"), now);
        kits.rebuild(); // also announces the regions down to kab/kota, for the desk
        List<TpsView> kupang = tps.page(TpsFilter.activeUnder("53.71.05"), 0, 400).stream()
                .filter(t -> !readiness.isReady(t.villageCode(), t.number())).limit(6).toList();
        int n = 0;
        for (TpsView target : kupang) {
            shipment(++n, target, now);
        }
        LOG.info(() -> "Demo logistics loaded: readiness for NTT and Jambi, " + kupang.size() + " Kota Kupang shipments");
    }

    /** A kit for a TPS of the most voters allowed: it stays complete whatever a TPS's DPT is changed to. */
    private Map<String, Integer> largestKitIn(String regionCode) {
        return TpsKit.needs(shipmentRepository.catalogue(), TpsPlan.MAX_VOTERS_PER_TPS,
                shipmentRepository.electionsIn(regionCode));
    }

    private void shipment(int n, TpsView target, LocalDateTime now) {
        Map<String, Integer> kit = kits.kitOf(target.villageCode(), target.number());
        UUID id = shipments.plan(new ShipmentPlan(String.format("KPG-2024-%04d", n),
                new Node(NodeKind.PPS, target.villageCode(), 0), new Node(NodeKind.TPS, target.villageCode(),
                target.number()), kit, "SG-" + (1000 + n * 10) + " s/d SG-" + (1009 + n * 10), "DH " + (8100 + n)
                + " KP", "Sopir " + n, n % 2 == 0, now.minusHours(6), now.plusHours(n - 3L)), null);
        long version = 0;
        if (n == 1) {
            return;
        }
        version = step(id, version, ShipmentStatus.DIKEMAS, null, null);
        if (n == 2) {
            return;
        }
        version = step(id, version, ShipmentStatus.DIKIRIM, null, null);
        if (n == 3 || n == 4) {
            step(id, version, ShipmentStatus.TERTUNDA, n == 3 ? "BANJIR" : "CUACA",
                    n == 3 ? "Jalan ke kelurahan tergenang setinggi 60 cm" : "Hujan lebat, jembatan ditutup sementara");
            return;
        }
        version = step(id, version, ShipmentStatus.DALAM_PERJALANAN, null, null);
        Map<String, ItemCount> counts = new HashMap<>();
        kit.forEach((item, quantity) -> counts.put(item, n == 6 && item.equals("SURAT_SUARA")
                ? new ItemCount(quantity - 25, 0, 5) : new ItemCount(quantity, 0, 0)));
        shipments.receive(id, version, counts);
    }

    private long step(UUID id, long version, ShipmentStatus next, String reason, String note) {
        shipments.changeStatus(id, version, next, reason, note);
        return shipments.find(id).version();
    }
}
