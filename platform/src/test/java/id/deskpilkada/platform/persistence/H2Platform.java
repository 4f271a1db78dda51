package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.PlatformModule;
import id.deskpilkada.platform.domain.region.ExistingRegion;
import id.deskpilkada.platform.domain.region.Population;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.region.RegionCsv;
import id.deskpilkada.platform.domain.region.RegionImportPlan;
import id.deskpilkada.platform.domain.region.RegionRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database with the platform's migrations applied, and the platform's JDBC stores on
 * it, for tests outside the container (each statement commits on its own there).
 */
public final class H2Platform {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    public H2Platform() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigrator.migrate(dataSource, List.of(new PlatformModule()));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public TpsStore tpsStore() {
        TpsStore store = new TpsStore();
        store.dataSource = dataSource;
        return store;
    }

    public RegionStore regionStore() {
        RegionStore store = new RegionStore();
        store.dataSource = dataSource;
        return store;
    }

    /** The bundled regions under the given codes, with their ancestors, and every population row. */
    public H2Platform withRegionsOf(String... regionCodes) {
        List<RegionRow> rows;
        try (Reader csv = bundled("regions/wilayah.csv")) {
            rows = RegionCsv.read(csv).rows().stream()
                    .filter(r -> Arrays.stream(regionCodes)
                            .anyMatch(p -> RegionCode.within(r.code(), p) || RegionCode.within(p, r.code())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegionImportPlan plan = RegionImportPlan.of(rows, List.of(), List.<ExistingRegion>of());
        if (!plan.applicable()) {
            throw new IllegalStateException("Bundled regions of " + Arrays.toString(regionCodes) + ": "
                    + plan.problems().get(0));
        }
        regionStore().insert(plan.added());
        try (Reader csv = bundled("regions/population.csv")) {
            List<Population> population = Population.read(csv);
            regionStore().insertPopulation(population);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reader bundled(String resource) {
        return new InputStreamReader(Objects.requireNonNull(
                H2Platform.class.getClassLoader().getResourceAsStream(resource), resource), StandardCharsets.UTF_8);
    }
}
