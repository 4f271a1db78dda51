package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.domain.TpsPlan;
import id.deskpilkada.platform.domain.tps.Coordinates;
import id.deskpilkada.platform.domain.tps.ExistingTps;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import id.deskpilkada.platform.domain.tps.GenerationResult;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsImportPlan;
import id.deskpilkada.platform.domain.tps.TpsKey;
import id.deskpilkada.platform.domain.tps.TpsRules;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import id.deskpilkada.platform.domain.tps.VillageRange;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk reads and writes of TPS in plain JDBC on the transaction's connection: an import or a generation
 * touches up to ~435,000 rows, far too many for entity-by-entity persistence. Single TPS go through JPA.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TpsStore {

    /** Codes per {@code IN (…)} list: well under every database's parameter limit. */
    static final int IN_CHUNK = 1_000;
    private static final int BATCH = 2_000;

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    /** Which of the codes are desa/kelurahan (level 4) of the stored region tree. */
    public Set<String> knownVillages(Collection<String> codes) {
        Set<String> known = new HashSet<>();
        inChunks(codes, "select code from plt_region where level = 4 and code in ", rs -> known.add(rs.getString(1)));
        return known;
    }

    /** Every stored TPS (DIHAPUS ones too) of the given villages, by key. */
    public Map<TpsKey, ExistingTps> existingIn(Collection<String> villageCodes) {
        Map<TpsKey, ExistingTps> stored = new HashMap<>();
        inChunks(villageCodes, "select id, village_code, tps_number, voters, address, latitude, longitude, status,"
                + " synthetic from plt_tps where village_code in ", rs -> {
                    ExistingTps tps = existing(rs);
                    stored.put(tps.details().key(), tps);
                });
        return stored;
    }

    /** New, active, real TPS. */
    public void insert(List<TpsDetails> rows, LocalDateTime now) {
        withConnection(c -> {
            try (TpsBulkInsert insert = TpsBulkInsert.open(c, now, false, written -> { })) {
                for (TpsDetails row : rows) {
                    insert.add(row);
                }
            }
        });
    }

    /**
     * Writes the file's values over stored TPS; they end active and real (no longer synthetic). A first real
     * national list replaces ~435,000 synthetic TPS: on PostgreSQL the new values go through COPY into a
     * temporary table and one {@code UPDATE … FROM}, elsewhere through JDBC batches.
     */
    public void update(List<TpsImportPlan.Update> updates, LocalDateTime now) {
        if (updates.isEmpty()) {
            return;
        }
        withConnection(c -> {
            if (RegionStore.isPostgres(c)) {
                updateThroughCopy(c, updates, now);
            } else {
                updateInBatches(c, updates, now);
            }
        });
    }

    private static void updateThroughCopy(Connection c, List<TpsImportPlan.Update> updates, LocalDateTime now)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("create temporary table if not exists plt_tps_update (id uuid primary key, voters integer,"
                    + " address varchar(300), latitude double precision, longitude double precision) on commit drop");
            st.execute("truncate plt_tps_update");
        }
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy plt_tps_update (id, voters, address, latitude, longitude) from stdin with (format csv)");
        try {
            StringBuilder chunk = new StringBuilder(TpsBulkInsert.CHUNK * 64);
            for (int i = 0; i < updates.size(); i++) {
                TpsDetails after = updates.get(i).after();
                chunk.append(updates.get(i).before().id()).append(',').append(after.voters()).append(',');
                TpsBulkInsert.appendValues(chunk, after);
                chunk.append('\n');
                if ((i + 1) % TpsBulkInsert.CHUNK == 0 || i == updates.size() - 1) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("update plt_tps t set voters = u.voters, address = u.address,"
                + " latitude = u.latitude, longitude = u.longitude, status = 'AKTIF', synthetic = false,"
                + " updated_at = ? from plt_tps_update u where t.id = u.id")) {
            ps.setObject(1, now);
            ps.executeUpdate();
        }
    }

    private static void updateInBatches(Connection c, List<TpsImportPlan.Update> updates, LocalDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update plt_tps set voters = ?, address = ?,"
                + " latitude = ?, longitude = ?, status = ?, synthetic = false, updated_at = ? where id = ?")) {
            int pending = 0;
            for (TpsImportPlan.Update update : updates) {
                TpsDetails after = update.after();
                ps.setInt(1, after.voters());
                ps.setString(2, after.address());
                TpsBulkInsert.setDouble(ps, 3, after.latitude());
                TpsBulkInsert.setDouble(ps, 4, after.longitude());
                ps.setString(5, TpsStatus.AKTIF.name());
                ps.setObject(6, now);
                ps.setObject(7, update.before().id());
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

    /** See {@link SyntheticTpsWriter#replace}. */
    public List<GenerationResult> replaceSynthetic(TpsPlan plan, List<String> regionCodes,
                                                            LocalDateTime now, GenerationProgress.Listener listener) {
        List<List<GenerationResult>> results = new ArrayList<>(1);
        withConnection(c -> results.add(new SyntheticTpsWriter(c, now, listener).replace(plan, regionCodes)));
        return results.get(0);
    }

    /**
     * Active TPS under each region code, of any level; codes without TPS are left out. Villages are counted
     * with one grouped query per chunk, higher levels with one index range count each.
     */
    public Map<String, Long> activeTpsUnder(Collection<String> regionCodes) {
        Map<String, Long> counts = new TreeMap<>();
        List<String> villages = regionCodes.stream().filter(TpsRules::isVillageCode).toList();
        inChunks(villages, "select village_code, count(*) from plt_tps where status = 'AKTIF' and village_code in ",
                rs -> counts.put(rs.getString(1), rs.getLong(2)), " group by village_code");
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from plt_tps where status = 'AKTIF'"
                    + " and village_code between ? and ?")) {
                for (String code : regionCodes) {
                    if (TpsRules.isVillageCode(code)) {
                        continue;
                    }
                    VillageRange range = VillageRange.under(code);
                    ps.setString(1, range.first());
                    ps.setString(2, range.last());
                    try (ResultSet rs = ps.executeQuery()) {
                        long n = rs.next() ? rs.getLong(1) : 0;
                        if (n > 0) {
                            counts.put(code, n);
                        }
                    }
                }
            }
        });
        return counts;
    }

    /**
     * A generator plan over the stored region tree and population rather than the bundled files, so that
     * generated TPS hang only under villages an import has not removed. Same seed, target and adult share as
     * {@link TpsPlan#load()} — the share stays the national one even when the database holds only some
     * provinces — so a village gets the very TPS the bundled national plan gives it.
     */
    public TpsPlan planOfStoredTree() {
        StringBuilder regions = new StringBuilder(8_000_000).append("code,name,level,parent_code\n");
        StringBuilder population = new StringBuilder(32_000).append("code,total\n");
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select code, name, level from plt_region")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) { // the plan reads code, name and level; names are quoted for commas
                        regions.append(rs.getString(1)).append(",\"")
                                .append(rs.getString(2).replace("\"", "\"\"")).append("\",")
                                .append(rs.getInt(3)).append(",\n");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select code, total from plt_region_population");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    population.append(rs.getString(1)).append(',').append(rs.getLong(2)).append('\n');
                }
            }
        });
        try {
            return TpsPlan.load(new StringReader(regions.toString()), new StringReader(population.toString()))
                    .withAdultShare(NationalAdultShare.VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** TPS of any status and origin under a region code ({@code ""} for the country). */
    public long countUnder(String regionCode) {
        VillageRange range = VillageRange.under(regionCode);
        long[] count = {0};
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from plt_tps"
                    + (range.isNational() ? "" : " where village_code between ? and ?"))) {
                if (!range.isNational()) {
                    ps.setString(1, range.first());
                    ps.setString(2, range.last());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    count[0] = rs.next() ? rs.getLong(1) : 0;
                }
            }
        });
        return count[0];
    }

    /** DPT 2024 over the bundled population, computed once per JVM (reading the bundled files takes ~1 s). */
    private static final class NationalAdultShare {
        static final double VALUE = TpsPlan.load().adultShare();
    }

    private static ExistingTps existing(ResultSet rs) throws SQLException {
        double lat = rs.getDouble(6);
        boolean hasPoint = !rs.wasNull();
        double lon = rs.getDouble(7);
        hasPoint &= !rs.wasNull();
        TpsDetails details = new TpsDetails(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                hasPoint ? new Coordinates(lat, lon) : null);
        return new ExistingTps(rs.getObject(1, UUID.class), details, TpsStatus.valueOf(rs.getString(8)),
                rs.getBoolean(9));
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inChunks(Collection<String> codes, String selectIn, RowReader reader) {
        inChunks(codes, selectIn, reader, "");
    }

    /** Runs {@code selectIn (?, ?, …) tail} for the codes, {@value #IN_CHUNK} at a time. */
    private void inChunks(Collection<String> codes, String selectIn, RowReader reader, String tail) {
        List<String> all = List.copyOf(new HashSet<>(codes));
        withConnection(c -> {
            for (int from = 0; from < all.size(); from += IN_CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(selectIn + "(" + marks + ")" + tail)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    ps.setFetchSize(5_000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            reader.read(rs);
                        }
                    }
                }
            }
        });
    }

    private void withConnection(Work work) {
        try (Connection c = dataSource.getConnection()) {
            work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("TPS store: " + e.getMessage(), e);
        }
    }
}
