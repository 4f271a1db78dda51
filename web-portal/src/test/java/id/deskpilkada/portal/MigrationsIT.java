package id.deskpilkada.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.logistics.LogisticsModule;
import id.deskpilkada.meeting.MeetingModule;
import id.deskpilkada.platform.PlatformModule;
import id.deskpilkada.platform.events.DeskModule;
import id.deskpilkada.platform.persistence.DatabaseMigrator;
import id.deskpilkada.security.SecurityModule;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Every module's Flyway migrations run on H2 (embedded default) and on PostgreSQL (production), twice. */
class MigrationsIT {

    private static final List<DeskModule> MODULES = List.of(
            new PlatformModule(), new MeetingModule(), new LogisticsModule(), new SecurityModule(),
            new DeskDashboardModule());
    private static final List<String> EXPECTED_TABLES = List.of(
            "plt_outbox", "plt_user_account", "plt_user_role", "plt_user_jurisdiction", "plt_region",
            "plt_region_population", "plt_audit_entry", "plt_audit_head", "plt_agency", "plt_agency_contact",
            "plt_notification", "plt_notification_read", "plt_notification_reader", "plt_notification_inbox",
            "plt_event_failure",
            "mtg_inbox", "mtg_proposed_agenda_item",
            "lgs_inbox", "lgs_region_risk",
            "sec_inbox", "sec_shipment_route",
            "dsk_inbox", "dsk_readiness", "dsk_shipment", "dsk_election_stage");

    @Test
    void migrateH2FileDatabase() throws SQLException {
        Path dir = Path.of(System.getProperty("it.dataDir", "target/it-data"), "migrations-h2");
        ItEnvironment.deleteRecursively(dir);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("db"));
        h2.setUser("deskpilkada");
        h2.setPassword("deskpilkada");
        assertMigratesCleanlyTwice(h2);
    }

    @Test
    void migratePostgresql() throws SQLException {
        String database = System.getProperty("it.pg.database", "deskpilkada_it") + "_migrations";
        ItEnvironment.recreateDatabase(database);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(ItEnvironment.databaseUrl(database));
        pg.setUser(ItEnvironment.user());
        assertMigratesCleanlyTwice(pg);
    }

    private static void assertMigratesCleanlyTwice(DataSource dataSource) throws SQLException {
        List<String> first = DatabaseMigrator.migrate(dataSource, MODULES);
        assertThat(first).hasSize(MODULES.size()).allSatisfy(line -> assertThat(line).doesNotContain(" 0 applied"));
        assertThat(tables(dataSource)).containsAll(EXPECTED_TABLES);

        List<String> second = DatabaseMigrator.migrate(dataSource, MODULES);
        assertThat(second).allSatisfy(line -> assertThat(line).contains(" 0 applied"));
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
