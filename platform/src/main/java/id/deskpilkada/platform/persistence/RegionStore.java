package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.domain.region.ExistingRegion;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.Population;
import id.deskpilkada.platform.domain.region.RegionChange;
import id.deskpilkada.platform.domain.region.RegionRow;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * Bulk reads and writes of the region tree in plain JDBC on the transaction's connection: an import touches
 * up to ~92,000 rows, too many for entity-by-entity persistence. On PostgreSQL additions go through COPY.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegionStore {

    private static final int BATCH = 2_000;
    private static final String COLUMNS = "code, name, level, parent_code, time_zone";

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    public List<ExistingRegion> all() {
        return query("select code, name, parent_code from plt_region",
                rs -> new ExistingRegion(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public long count() {
        return query("select count(*) from plt_region", rs -> rs.getLong(1)).get(0);
    }

    public void insert(List<RegionRow> rows) {
        withConnection(c -> {
            if (isPostgres(c)) {
                copyIn(c, rows);
            } else {
                batch(c, "insert into plt_region (" + COLUMNS + ") values (?, ?, ?, ?, ?)", rows, (ps, r) -> {
                    set(ps, 1, r.code());
                    set(ps, 2, r.name());
                    ps.setInt(3, Integer.parseInt(r.level().strip()));
                    set(ps, 4, parent(r));
                    set(ps, 5, IndonesianTimeZone.forRegion(r.code()).name());
                });
            }
        });
    }

    public void rename(List<RegionChange> changes) {
        withConnection(c -> batch(c, "update plt_region set name = ? where code = ?", changes, (ps, ch) -> {
            set(ps, 1, ch.after());
            set(ps, 2, ch.code());
        }));
    }

    public void move(List<RegionChange> changes) {
        withConnection(c -> batch(c, "update plt_region set parent_code = ? where code = ?", changes, (ps, ch) -> {
            set(ps, 1, ch.after());
            set(ps, 2, ch.code());
        }));
    }

    public long populationCount() {
        return query("select count(*) from plt_region_population", rs -> rs.getLong(1)).get(0);
    }

    public void insertPopulation(List<Population> rows) {
        withConnection(c -> batch(c, "insert into plt_region_population (code, male, female, total)"
                + " values (?, ?, ?, ?)", rows, (ps, p) -> {
                    set(ps, 1, p.code());
                    ps.setLong(2, p.male());
                    ps.setLong(3, p.female());
                    ps.setLong(4, p.total());
                }));
    }

    /** Removes regions; the caller orders them leaves first. */
    public void delete(List<String> codes) {
        withConnection(c -> batch(c, "delete from plt_region where code = ?", codes, (ps, code) -> set(ps, 1, code)));
    }

    private static String parent(RegionRow r) {
        return r.parentCode() == null || r.parentCode().isBlank() ? null : r.parentCode().strip();
    }

    private static void copyIn(Connection c, List<RegionRow> rows) throws SQLException {
        StringWriter csv = new StringWriter(rows.size() * 48);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            for (RegionRow r : rows) {
                printer.printRecord(r.code(), r.name(), r.level().strip(), parent(r),
                        IndonesianTimeZone.forRegion(r.code()).name());
            }
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy plt_region (" + COLUMNS + ") from stdin with (format csv)",
                            new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of regions failed", e);
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                && c.isWrapperFor(PGConnection.class);
    }

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> void batch(Connection c, String sql, Collection<T> items, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                binder.bind(ps, item);
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper) {
        List<T> result = new ArrayList<>();
        withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.setFetchSize(5_000);
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        result.add(mapper.map(rs));
                    }
                }
            }
        });
        return result;
    }

    private void withConnection(Work work) {
        try (Connection c = dataSource.getConnection()) {
            work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Region store: " + e.getMessage(), e);
        }
    }

    private static void set(PreparedStatement ps, int index, String value) throws SQLException {
        ps.setString(index, value);
    }
}
