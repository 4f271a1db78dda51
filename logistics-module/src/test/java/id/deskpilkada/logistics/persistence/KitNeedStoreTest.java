package id.deskpilkada.logistics.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.logistics.LogisticsModule;
import id.deskpilkada.logistics.domain.ItemNeedChange;
import id.deskpilkada.logistics.domain.KitCoverage;
import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.NeedChanges;
import id.deskpilkada.logistics.domain.ReadinessRecount;
import id.deskpilkada.logistics.domain.TpsGroup;
import id.deskpilkada.logistics.domain.TpsKit;
import id.deskpilkada.logistics.persistence.KitNeedStore.ElectionOverride;
import id.deskpilkada.platform.PlatformModule;
import id.deskpilkada.platform.persistence.DatabaseMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue's SQL on H2 — as the portal runs it by default, and in PostgreSQL mode — against the domain:
 * grouped TPS give the same needs as summing every TPS's kit, and the re-check of ready TPS after a formula
 * change agrees with {@link KitCoverage}.
 */
class KitNeedStoreTest {

    private static final String KUPANG = "53.71.05.1001";
    private static final String KUPANG_2 = "53.71.05.1002";
    private static final String SUMBA = "53.01.01.2001";
    private static final String JAMBI = "15.71.01.1001";

    /** A TPS of the test database. */
    record Tps(String village, int number, int voters) {
    }

    private JdbcDataSource db;
    private KitNeedStore store;
    private final List<Tps> tps = new ArrayList<>();

    private void migrate(String mode) {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode);
        db.setUser("sa");
        DatabaseMigrator.migrate(db, List.of(new PlatformModule(), new LogisticsModule()));
        store = new KitNeedStore();
        store.dataSource = db;
    }

    private void execute(String sql) {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void addTps(String village, int number, int voters, String status) {
        execute("insert into plt_tps (id, village_code, tps_number, voters, address, status, synthetic, updated_at)"
                + " values ('" + UUID.randomUUID() + "', '" + village + "', " + number + ", " + voters
                + ", 'Jl. Uji', '" + status + "', true, current_timestamp)");
        if (status.equals("AKTIF")) {
            tps.add(new Tps(village, number, voters));
        }
    }

    /** A spread of TPS over three provinces' regions, one removed. */
    private void someTps() {
        int[] voters = {1, 17, 399, 400, 401, 402, 555, 600, 600, 273};
        for (int n = 0; n < voters.length; n++) {
            addTps(KUPANG, n + 1, voters[n], "AKTIF");
            addTps(SUMBA, n + 1, voters[voters.length - 1 - n], "AKTIF");
        }
        addTps(KUPANG_2, 1, 333, "AKTIF");
        addTps(JAMBI, 1, 480, "AKTIF");
        addTps(JAMBI, 2, 480, "AKTIF");
        addTps(JAMBI, 3, 590, "DIHAPUS");
        // Sumba Barat holds only the governor's election; Jambi both, like the nation
        execute("insert into lgs_election_count values ('53.01', 1)");
    }

    private List<KitItem> activeItems() {
        List<KitItem> items = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select code, name, unit, per_tps, per_voter, reserve_pct, per_election,"
                     + " ordinal from lgs_item where active = 'Y' order by ordinal")) {
            while (rs.next()) {
                items.add(new KitItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), "Y".equals(rs.getString(7)), rs.getInt(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return items;
    }

    /** The longest configured prefix, as ShipmentRepository.electionsIn reads it. */
    private static int elections(String village, Map<String, Integer> settings) {
        for (int length : new int[] {13, 8, 5, 2, 0}) {
            Integer set = settings.get(village.substring(0, length));
            if (set != null) {
                return set;
            }
        }
        return 1;
    }

    private static long sumOfKits(KitItem item, List<Tps> tps, Map<String, Integer> settings) {
        return tps.stream().mapToLong(t -> item.needFor(t.voters(), elections(t.village(), settings))).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL"})
    void groupedTpsNeedWhatEveryTpsKitAddsUpTo(String mode) {
        migrate(mode);
        someTps();
        Map<String, Integer> now = Map.of("", 2, "53.01", 1);
        List<TpsGroup> groups = store.groups("", 2, ElectionOverride.NONE);

        assertThat(groups.stream().mapToLong(TpsGroup::tps).sum()).as("removed TPS left out").isEqualTo(tps.size());
        assertThat(groups).allMatch(g -> g.electionsBefore() == g.electionsAfter());
        assertThat(groups).filteredOn(g -> g.voters() == 600).extracting(TpsGroup::regionCode, TpsGroup::tps,
                TpsGroup::electionsBefore).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("53", 2L, 2), org.assertj.core.groups.Tuple.tuple("53", 2L, 1));
        NeedChanges changes = NeedChanges.compare("", activeItems(), activeItems(), groups);
        for (KitItem item : activeItems()) {
            ItemNeedChange totals = changes.items().stream().filter(i -> i.code().equals(item.code())).findFirst()
                    .orElseThrow();
            assertThat(totals.before()).as(item.code()).isEqualTo(sumOfKits(item, tps, now)).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL"})
    void anOverrideChangesTheElectionsOfItsRegionOnly(String mode) {
        migrate(mode);
        someTps();
        List<TpsGroup> kupangGovernorOnly = store.groups("53", 8, new ElectionOverride("53.71", 1));
        assertThat(kupangGovernorOnly).extracting(TpsGroup::regionCode).containsOnly("53.71.05", "53.01.01");
        assertThat(kupangGovernorOnly).allMatch(g -> g.regionCode().startsWith("53.71")
                ? g.electionsBefore() == 2 && g.electionsAfter() == 1
                : g.electionsBefore() == 1 && g.electionsAfter() == 1);

        List<TpsGroup> sumbaInherits = store.groups("", 5, new ElectionOverride("53.01", null));
        assertThat(sumbaInherits).allMatch(g -> g.electionsAfter() == 2);
        assertThat(sumbaInherits).filteredOn(g -> g.regionCode().equals("53.01")).allMatch(g -> g.electionsBefore() == 1);

        List<TpsGroup> nationOfThree = store.groups("", 2, new ElectionOverride("", 3));
        assertThat(nationOfThree).allMatch(g -> g.electionsAfter() == (g.electionsBefore() == 1 ? 1 : 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL"})
    void theSqlNeedOfEveryVoterCountRoundsLikeTheDomain(String mode) {
        migrate(mode);
        for (int voters = 1; voters <= 600; voters++) {
            addTps(KUPANG, voters, voters, "AKTIF");
        }
        execute("insert into lgs_item (code, name, unit, per_tps, per_voter, reserve_pct, per_election, ordinal)"
                + " values ('ODD', 'Ganjil', 'buah', 3, 0.3333, 12.75, 'Y', 9)");
        Map<String, Map<Integer, Long>> sql = new HashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select i.code, t.voters, " + KitNeedStore.need("2")
                     + " from plt_tps t cross join lgs_item i")) {
            while (rs.next()) {
                sql.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (KitItem item : activeItems()) {
            for (int voters = 1; voters <= 600; voters++) {
                assertThat(sql.get(item.code()).get(voters)).as(item.code() + " at " + voters + " voters")
                        .isEqualTo(item.needFor(voters, 2));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL"})
    void readyTpsAreRecheckedAgainstTheirStockWhenTheNeedsChange(String mode) {
        migrate(mode);
        someTps();
        Map<String, Integer> settings = Map.of("", 2, "53.01", 1);
        List<KitItem> kit = activeItems();
        // every Kupang TPS got exactly its kit and is ready; Sumba's got two ballots more than needed, not marked
        for (Tps t : tps) {
            if (!t.village().equals(JAMBI)) {
                int extra = t.village().equals(SUMBA) ? 2 : 0;
                TpsKit.needs(kit, t.voters(), elections(t.village(), settings)).forEach((item, need) -> execute(
                        "insert into lgs_tps_stock (village_code, tps_number, item_code, usable) values ('" + t.village() + "', " + t.number() + ", '" + item
                                + "', " + (need + (item.equals("SURAT_SUARA") ? extra : 0)) + ")"));
            }
            if (t.village().startsWith("53.71")) {
                execute("insert into lgs_tps_ready values ('" + t.village() + "', " + t.number() + ", current_timestamp)");
            }
        }
        // Jambi was marked ready in bulk, without counted stock: nothing to re-check there
        execute("insert into lgs_tps_ready values ('" + JAMBI + "', 1, current_timestamp)");

        execute("update lgs_item set reserve_pct = 2.6 where code = 'SURAT_SUARA'");
        ReadinessRecount recount = store.reevaluate("", List.of("SURAT_SUARA"), LocalDateTime.now());

        List<KitItem> after = activeItems();
        Set<String> expected = new HashSet<>();
        for (Tps t : tps) {
            Map<String, Integer> stock = stockOf(t);
            if (t.village().equals(JAMBI) ? t.number() == 1
                    : KitCoverage.of(TpsKit.needs(after, t.voters(), elections(t.village(), settings)), stock).complete()) {
                expected.add(t.village() + "/" + t.number());
            }
        }
        assertThat(readyTps()).isEqualTo(expected);
        assertThat(readyTps()).contains(KUPANG + "/1", KUPANG + "/2").as("1 and 17 voters still round alike")
                .doesNotContain(KUPANG + "/3");
        assertThat(recount.tpsNoLongerReady()).isPositive();
        assertThat(recount.tpsNowReady()).as("Sumba's spare ballots now cover 2.6%").isPositive();

        execute("update lgs_item set active = 'N' where code = 'SURAT_SUARA'");
        ReadinessRecount retired = store.reevaluate("53.71", List.of(), LocalDateTime.now());
        assertThat(retired.tpsNowReady()).isEqualTo(recount.tpsNoLongerReady());
        assertThat(readyTps()).filteredOn(k -> k.startsWith("53.71")).hasSize(11);

        execute("insert into lgs_item (code, name, unit, per_tps, per_voter, reserve_pct, per_election, ordinal)"
                + " values ('MASKER', 'Masker', 'kotak', 1, 0, 0, 'N', 9)");
        ReadinessRecount added = store.reevaluate("53", List.of("MASKER"), LocalDateTime.now());
        assertThat(added.tpsNoLongerReady()).as("nobody has masks yet").isEqualTo(11 + recount.tpsNowReady());
        assertThat(readyTps()).containsExactly(JAMBI + "/1");
    }

    private Map<String, Integer> stockOf(Tps t) {
        Map<String, Integer> stock = new HashMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select item_code, usable from lgs_tps_stock where village_code = '"
                     + t.village() + "' and tps_number = " + t.number())) {
            while (rs.next()) {
                stock.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return stock;
    }

    private Set<String> readyTps() {
        Set<String> ready = new HashSet<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select village_code, tps_number from lgs_tps_ready")) {
            while (rs.next()) {
                ready.add(rs.getString(1) + "/" + rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ready;
    }
}
