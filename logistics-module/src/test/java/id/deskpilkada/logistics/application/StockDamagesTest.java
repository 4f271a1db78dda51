package id.deskpilkada.logistics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.logistics.domain.ItemStock;
import id.deskpilkada.logistics.domain.NodeStock;
import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.logistics.domain.StockDamage;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.events.logistics.StockDamaged;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording damage after receipt through the service: its checks, the stock and readiness it lowers, its trail. */
class StockDamagesTest {

    private static final String DESA = "53.71.05.1001";
    private static final ReadinessFixture FIXTURE = new ReadinessFixture();
    private static final Caller KUPANG_LOGISTICS = new Caller(Role.LOGISTICS, "53.71");

    private final List<String> audited = new ArrayList<>();

    @BeforeEach
    void aReadyAndAnUnreadyTps() {
        FIXTURE.reset(2);
        FIXTURE.createTps(DESA, 1, 300);
        FIXTURE.createTps(DESA, 2, 400);
        FIXTURE.rebuild();
        FIXTURE.receive(DESA, 1, FIXTURE.kit(300, 2));
        FIXTURE.published.clear();
        audited.clear();
    }

    @AfterAll
    static void close() {
        FIXTURE.close();
    }

    private NodeStock record(Caller caller, String village, int tps, Map<String, Integer> items) {
        StockDamages service = service(caller);
        return FIXTURE.db.inTransaction(() -> service.record(StockDamage.of(village, tps, items, "banjir",
                "Air setinggi 60 cm di TPS")));
    }

    private StockDamages service(Caller caller) {
        NodeStocks stocks = new NodeStocks();
        stocks.access = caller;
        stocks.shipments = FIXTURE.shipments;
        stocks.readiness = FIXTURE.store;
        stocks.damages = FIXTURE.db.stockDamageStore();
        StockDamages service = new StockDamages();
        service.access = caller;
        service.shipments = FIXTURE.shipments;
        service.readiness = FIXTURE.store;
        service.damages = stocks.damages;
        service.kits = FIXTURE.kits;
        service.stocks = stocks;
        service.events = FIXTURE.events;
        service.audit = new AuditLog() {
            @Override
            public long record(String action, String subjectType, String subjectId, String regionCode,
                               Object before, Object after) {
                audited.add(action + " " + subjectId + " " + regionCode + " " + before + " → " + after);
                return audited.size();
            }
        };
        return service;
    }

    private static ItemStock item(NodeStock stock, String code) {
        return stock.items().stream().filter(i -> i.itemCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void damageAtAReadyTpsLowersItsStockAndReadinessAndIsAuditedAndPublished() {
        int ballots = FIXTURE.kit(300, 2).get("SURAT_SUARA");

        NodeStock stock = record(KUPANG_LOGISTICS, DESA, 1, Map.of("SURAT_SUARA", 200));

        assertThat(item(stock, "SURAT_SUARA")).isEqualTo(new ItemStock("SURAT_SUARA", 0, 0, 0, 200,
                (long) ballots - 200));
        assertThat(FIXTURE.readiness("53.71.05")).isEqualTo(new Readiness("53.71.05", 2, 0));
        assertThat(FIXTURE.readiness("")).isEqualTo(new Readiness("", 2, 0));
        assertThat(FIXTURE.published).extracting(e -> e.regionCode() + " " + e.percent())
                .containsExactly(DESA + " 0", "53.71.05 0", "53.71 0", "53 0", " 0");
        assertThat(FIXTURE.otherEvents).containsExactly(new StockDamaged(DESA, 1, Map.of("SURAT_SUARA", 200),
                "BANJIR", "Air setinggi 60 cm di TPS"));
        assertThat(audited).containsExactly("stock.damaged TPS 001 " + DESA + " " + DESA
                + " {usable={SURAT_SUARA=" + ballots + "}} → {damaged={SURAT_SUARA=200}, reason=BANJIR,"
                + " note=Air setinggi 60 cm di TPS, usable={SURAT_SUARA=" + (ballots - 200) + "}}");
        assertThat(FIXTURE.differencesFromRecount()).isEmpty();

        NodeStock again = record(KUPANG_LOGISTICS, DESA, 1, Map.of("SURAT_SUARA", 1));
        assertThat(item(again, "SURAT_SUARA").damaged()).as("damage adds up").isEqualTo(201);
    }

    @Test
    void aTpsMarkedReadyInBulkWithoutShipmentsCanBeDamagedToo() {
        Map<String, Integer> largestKit = FIXTURE.kit(600, 2);
        FIXTURE.db.inTransaction(() -> FIXTURE.store.markReadyWhere("53.71.05", 1_000, null, largestKit,
                LocalDateTime.now()));
        FIXTURE.rebuild();
        assertThat(FIXTURE.readiness(DESA)).isEqualTo(new Readiness(DESA, 2, 2));

        NodeStock stock = record(KUPANG_LOGISTICS, DESA, 2, Map.of("KOTAK_SUARA", 2));

        assertThat(item(stock, "KOTAK_SUARA").onHand()).isZero();
        assertThat(FIXTURE.readiness(DESA)).isEqualTo(new Readiness(DESA, 2, 1));
    }

    @Test
    void onlyOfficersWithinTheDesaRecordDamage() {
        assertThat(service(KUPANG_LOGISTICS).mayRecordAt(DESA)).isTrue();
        assertThat(service(new Caller(Role.ADMIN, "53")).mayRecordAt(DESA)).isTrue();
        assertThat(service(new Caller(Role.LOGISTICS, "15")).mayRecordAt(DESA)).isFalse();
        assertThat(service(new Caller(Role.LEADERSHIP, "53")).mayRecordAt(DESA)).isFalse();

        assertThatThrownBy(() -> record(new Caller(Role.LOGISTICS, "15.71"), DESA, 1, Map.of("TINTA", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> record(new Caller(Role.SECURITY, "53"), DESA, 1, Map.of("TINTA", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(FIXTURE.readiness(DESA)).isEqualTo(new Readiness(DESA, 2, 1));
        assertThat(audited).isEmpty();
    }

    @Test
    void aRemovedTpsAnItemOutsideTheCatalogueAndMoreThanOnHandAreRefused() {
        assertThat(problemOf(() -> record(KUPANG_LOGISTICS, DESA, 9, Map.of("TINTA", 1))))
                .isEqualTo(ShipmentProblem.UNKNOWN_TPS);
        assertThat(problemOf(() -> record(KUPANG_LOGISTICS, DESA, 1, Map.of("STIKER_LAMA", 1))))
                .isEqualTo(ShipmentProblem.UNKNOWN_ITEM);
        assertThat(problemOf(() -> record(KUPANG_LOGISTICS, DESA, 2, Map.of("TINTA", 1))))
                .as("nothing received there").isEqualTo(ShipmentProblem.DAMAGE_EXCEEDS_STOCK);
        FIXTURE.setStatus(DESA, 1, "DIHAPUS");
        assertThat(problemOf(() -> record(KUPANG_LOGISTICS, DESA, 1, Map.of("TINTA", 1))))
                .isEqualTo(ShipmentProblem.UNKNOWN_TPS);
        assertThat(audited).isEmpty();
        assertThat(FIXTURE.otherEvents).isEmpty();
    }

    private static ShipmentProblem problemOf(Runnable request) {
        try {
            request.run();
        } catch (ShipmentRuleViolation violation) {
            return violation.problem();
        }
        throw new AssertionError("no rule broken");
    }

    /** A caller with one role and a jurisdiction. */
    static final class Caller extends Access {
        private final Role role;
        private final Scope scope;

        Caller(Role role, String... jurisdiction) {
            this.role = role;
            this.scope = new Scope(Set.of(jurisdiction));
        }

        @Override
        public void requireAnyRole(Role... allowed) {
            if (!hasAnyRole(allowed)) {
                throw new AccessDeniedException("Requires one of the roles " + List.of(allowed));
            }
        }

        @Override
        public boolean hasAnyRole(Role... allowed) {
            return List.of(allowed).contains(role);
        }

        @Override
        public Scope scope() {
            return scope;
        }

        @Override
        public String actor() {
            return "petugas";
        }
    }
}
