package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.PlatformModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Migration V6 on H2, the embedded default: the constraints the service relies on as a last line. */
class AgencyTablesTest {

    private static JdbcDataSource db;

    @BeforeAll
    static void migrate() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:agency-tables;DB_CLOSE_DELAY=-1");
        db.setUser("sa");
        DatabaseMigrator.migrate(db, List.of(new PlatformModule()));
    }

    @Test
    void oneNamePerRegionAndTheSameNameInAnotherRegion() throws SQLException {
        UUID kupang = insertAgency("BPBD", "BPBD Kota", "bpbd kota", "53.71", null);
        assertThat(kupang).isNotNull();
        assertThatThrownBy(() -> insertAgency("BPBD", "BPBD  kota", "bpbd kota", "53.71", null))
                .isInstanceOf(SQLException.class);
        assertThat(insertAgency("BPBD", "BPBD Kota", "bpbd kota", "15.71", null)).isNotNull();
    }

    @Test
    void parentsAndContactsReferToAgenciesThatExist() throws SQLException {
        UUID polda = insertAgency("POLDA", "Polda Uji", "polda uji", "53", null);
        insertAgency("POLRES", "Polres Uji", "polres uji", "53.01", polda);
        insertContact(polda, "Arnoldus Seran", "+6281100005309");

        assertThatThrownBy(() -> insertAgency("POLRES", "Polres Yatim", "polres yatim", "53.02", UUID.randomUUID()))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> insertContact(UUID.randomUUID(), "Tanpa Instansi", "+6281100000000"))
                .isInstanceOf(SQLException.class);
    }

    private static UUID insertAgency(String type, String name, String key, String region, UUID parent)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into plt_agency (id, agency_type, name, name_key,"
                     + " region_code, parent_id, status) values (?, ?, ?, ?, ?, ?, 'ACTIVE')")) {
            ps.setObject(1, id);
            ps.setString(2, type);
            ps.setString(3, name);
            ps.setString(4, key);
            ps.setString(5, region);
            ps.setObject(6, parent);
            ps.executeUpdate();
        }
        return id;
    }

    private static void insertContact(UUID agency, String name, String phone) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into plt_agency_contact (id, agency_id, name,"
                     + " position, phone, email, status) values (?, ?, ?, null, ?, null, 'ACTIVE')")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, agency);
            ps.setString(3, name);
            ps.setString(4, phone);
            ps.executeUpdate();
        }
    }
}
