package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.TpsPlan;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.tps.GenerationProgress;
import id.deskpilkada.platform.domain.tps.GenerationResult;
import id.deskpilkada.platform.domain.tps.GenerationProgress.Phase;
import id.deskpilkada.platform.domain.tps.SyntheticAddresses;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.VillageRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts the synthetic TPS of a {@link TpsPlan} into the database on one connection, replacing what an earlier
 * run generated under the same region codes. Real TPS (imported or made by hand) always win: a village that
 * holds any is left out of the run, so generated rows never collide with, nor overwrite, real data. The caller
 * owns the transaction — the application's JTA transaction, or the command line's own connection.
 */
public final class SyntheticTpsWriter {

    private final Connection connection;
    private final LocalDateTime now;
    private final GenerationProgress.Listener listener;

    public SyntheticTpsWriter(Connection connection, LocalDateTime now, GenerationProgress.Listener listener) {
        this.connection = connection;
        this.now = now;
        this.listener = listener;
    }

    /**
     * Region codes as a run takes them: stripped of blanks and trailing dots, without codes that another one
     * already covers ({@code 53.71} goes when {@code 53} is there); none or {@code ""} is the whole country.
     *
     * @throws IllegalArgumentException for a text that is no region code
     */
    public static List<String> normalizedPrefixes(List<String> regionCodes) {
        TreeSet<String> codes = new TreeSet<>();
        for (String raw : regionCodes) {
            String code = raw == null ? "" : raw.strip();
            while (code.endsWith(".")) {
                code = code.substring(0, code.length() - 1);
            }
            if (code.isEmpty()) {
                return List.of("");
            }
            if (!RegionCode.isWellFormed(code)) {
                throw new IllegalArgumentException("Not a region code: " + raw);
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            return List.of("");
        }
        List<String> outermost = new ArrayList<>();
        for (String code : codes) { // sorted, so an ancestor comes before its descendants
            if (outermost.stream().noneMatch(a -> RegionCode.within(code, a))) {
                outermost.add(code);
            }
        }
        return List.copyOf(outermost);
    }

    /** Generates and writes the TPS under each region code, reporting progress to the listener. */
    public List<GenerationResult> replace(TpsPlan plan, List<String> regionCodes) throws SQLException {
        List<String> prefixes = normalizedPrefixes(regionCodes);
        long total = 0;
        for (String prefix : prefixes) {
            listener.progress(new GenerationProgress(Phase.PLANNING, prefix, 0, total));
            total += plan.restrictedTo(List.of(prefix)).summary().tps();
        }
        List<GenerationResult> results = new ArrayList<>();
        long done = 0;
        for (String prefix : prefixes) {
            GenerationResult result = replace(plan.restrictedTo(List.of(prefix)), prefix, done, total);
            results.add(result);
            done += result.written();
        }
        listener.progress(new GenerationProgress(Phase.DONE, "", done, total));
        return results;
    }

    private GenerationResult replace(TpsPlan plan, String prefix, long doneBefore, long total) throws SQLException {
        VillageRange range = VillageRange.under(prefix);
        listener.progress(new GenerationProgress(Phase.REMOVING, prefix, doneBefore, total));
        long removed = deleteSynthetic(range);
        Set<String> realVillages = villagesWithRealTps(range);
        listener.progress(new GenerationProgress(Phase.WRITING, prefix, doneBefore, total));
        SyntheticAddresses addresses = new SyntheticAddresses(plan);
        long[] voters = {0};
        TpsBulkInsert insert = TpsBulkInsert.open(connection, now, true, written -> listener.progress(
                new GenerationProgress(Phase.WRITING, prefix, doneBefore + written, total)));
        try (insert) {
            plan.generate(tps -> {
                if (realVillages.contains(tps.villageCode())) {
                    return;
                }
                try {
                    insert.add(new TpsDetails(tps.villageCode(), tps.number(), tps.voters(), addresses.of(tps), null));
                } catch (SQLException e) {
                    throw new WriteFailed(e);
                }
                voters[0] += tps.voters();
            });
        } catch (WriteFailed e) {
            throw e.getCause();
        }
        return new GenerationResult(prefix, removed, insert.written(), voters[0], realVillages.size());
    }

    private long deleteSynthetic(VillageRange range) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from plt_tps where synthetic = true"
                + (range.isNational() ? "" : " and village_code between ? and ?"))) {
            bind(delete, range);
            return delete.executeLargeUpdate();
        }
    }

    private Set<String> villagesWithRealTps(VillageRange range) throws SQLException {
        Set<String> villages = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select distinct village_code from plt_tps where synthetic = false"
                        + (range.isNational() ? "" : " and village_code between ? and ?"))) {
            bind(query, range);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    villages.add(rs.getString(1));
                }
            }
        }
        return villages;
    }

    private static void bind(PreparedStatement ps, VillageRange range) throws SQLException {
        if (!range.isNational()) {
            ps.setString(1, range.first());
            ps.setString(2, range.last());
        }
    }

    /** Carries a write failure out of the plan's callback. */
    private static final class WriteFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WriteFailed(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
