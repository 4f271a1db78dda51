package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.ItemReadiness;
import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.StockDamage;
import id.deskpilkada.logistics.domain.TpsKit;
import id.deskpilkada.logistics.persistence.LogisticsDatabase;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link KitReadiness} on a real database: TPS written straight into the platform's table as its TPS service
 * would leave them, receipts and TPS checks through the module's own code in their own transactions, and the
 * events it publishes kept in a list.
 */
final class ReadinessFixture implements AutoCloseable {

    final LogisticsDatabase db = new LogisticsDatabase();
    final ReadinessStore store = db.readinessStore();
    final ShipmentRepository shipments = db.shipmentRepository();
    final KitReadiness kits = new KitReadiness();
    final List<RegionReadinessChanged> published = new ArrayList<>();
    /** Events other than RegionReadinessChanged, in the order published. */
    final List<DomainEvent> otherEvents = new ArrayList<>();
    final EventPublisher events = event -> {
        if (event instanceof RegionReadinessChanged readiness) {
            published.add(readiness);
        } else {
            otherEvents.add(event);
        }
        return UUID.randomUUID();
    };

    ReadinessFixture() {
        kits.store = store;
        kits.shipments = shipments;
        kits.events = events;
    }

    /** Empties the TPS list, the stock and the read model; every region holds {@code elections} elections. */
    void reset(int elections) {
        db.inTransaction(() -> {
            for (String table : List.of("lgs_readiness_item", "lgs_readiness", "lgs_tps_ready", "lgs_tps_stock",
                    "lgs_stock_damage", "lgs_election_count", "plt_tps")) {
                db.execute("delete from " + table);
            }
            db.execute("insert into lgs_election_count (region_prefix, elections) values ('', ?1)", elections);
        });
        published.clear();
        otherEvents.clear();
    }

    void electionsIn(String prefix, int elections) {
        db.inTransaction(() -> {
            db.execute("insert into lgs_election_count (region_prefix, elections) values (?1, ?2)", prefix, elections);
        });
    }

    List<KitItem> catalogue() {
        return db.inTransaction(shipments::catalogue);
    }

    /** A TPS as the platform's TPS service creates it (the event that follows is {@link #recheck}'s). */
    void createTps(String village, int number, int voters) {
        db.inTransaction(() -> {
            db.execute("insert into plt_tps (id, village_code, tps_number, voters, address, status, synthetic,"
                    + " updated_at) values (random_uuid(), ?1, ?2, ?3, 'Jl. Uji', 'AKTIF', false, current_timestamp)",
                    village, number, voters);
        });
    }

    void setVoters(String village, int number, int voters) {
        db.inTransaction(() -> {
            db.execute("update plt_tps set voters = ?1 where village_code = ?2 and tps_number = ?3", voters, village,
                    number);
        });
    }

    void setStatus(String village, int number, String status) {
        db.inTransaction(() -> {
            db.execute("update plt_tps set status = ?1 where village_code = ?2 and tps_number = ?3", status, village,
                    number);
        });
    }

    void receive(String village, int number, Map<String, Integer> usable) {
        db.inTransaction(() -> kits.received(village, number, usable));
    }

    /** Damage after receipt, as {@link StockDamages} hands it on once the report passed its checks. */
    void damage(String village, int number, Map<String, Integer> damaged) {
        db.inTransaction(() -> kits.damaged(StockDamage.of(village, number, damaged, "BANJIR", null)));
    }

    /** What the module does with a platform.TpsChanged of the TPS. */
    void recheck(String village, int number) {
        db.inTransaction(() -> kits.recheck(village, number));
    }

    void rebuild() {
        db.inTransaction(store::rebuild);
    }

    /** What the module does with a platform.TpsImported: the rebuild, announced down to kab/kota. */
    void importTps() {
        db.inTransaction(kits::tpsImported);
    }

    Readiness readiness(String region) {
        return db.inTransaction(() -> store.find(region).orElse(new Readiness(region, 0, 0)));
    }

    List<ItemReadiness> items(String region) {
        long total = readiness(region).tpsTotal();
        return db.inTransaction(() -> store.items(region, total));
    }

    List<String> differencesFromRecount() {
        return db.inTransaction(store::differencesFromRecount);
    }

    /** The kit a TPS of {@code voters} needs where {@code elections} are held. */
    Map<String, Integer> kit(int voters, int elections) {
        return TpsKit.needs(catalogue(), voters, elections);
    }

    @Override
    public void close() {
        db.close();
    }
}
