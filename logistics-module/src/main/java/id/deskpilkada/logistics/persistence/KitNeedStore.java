package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.ReadinessRecount;
import id.deskpilkada.logistics.domain.TpsGroup;
import id.deskpilkada.platform.application.PlatformStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The TPS kit's needs over the platform's TPS list, in set-based SQL on the transaction's connection (plain
 * JDBC, so that the same statements run in unit tests on H2): active TPS grouped by region, voters and the
 * elections held there — a few thousand groups for the whole nation, whose needs the domain computes — and
 * the re-check of the TPS's counted stock against the needs after a change of the catalogue.
 * <p>
 * Elections held at a TPS follow {@code lgs_election_count}: the setting of its desa, kecamatan, kab/kota,
 * province or the nation, the most specific first — one equality join per level, not a LIKE per row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class KitNeedStore {

    /** Code lengths of the levels an election count may be set at, most specific first; 0 is the nation. */
    private static final int[] LEVELS = {13, 8, 5, 2, 0};
    /** Per voter has 4 decimals, the reserve 2: as integers the factors multiply exactly on every database. */
    private static final long SCALE = 100_000_000L;
    private static final String ELECTION_JOINS = electionJoins();
    private static final String HAS_STOCK = "exists (select 1 from lgs_tps_stock k"
            + " where k.village_code = t.village_code and k.tps_number = t.tps_number)";
    private static final String ELECTIONS_NOW = elections(ElectionOverride.NONE).text();
    private static final String MISSING_ITEM = "select 1 from lgs_item i where i.active = 'Y'"
            + " and coalesce((select s.usable from lgs_tps_stock s where s.village_code = t.village_code"
            + " and s.tps_number = t.tps_number and s.item_code = i.code), 0) < " + need(ELECTIONS_NOW);

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    /** A change of the elections held in one region, to preview: null elections removes the setting. */
    public record ElectionOverride(String regionPrefix, Integer elections) {

        public static final ElectionOverride NONE = new ElectionOverride(null, null);
    }

    /**
     * Active TPS under a region grouped by the region they lie in, their voters and the elections held there
     * now and after the override.
     *
     * @param groupLength the code length of the regions to group by (at least the region's own length)
     */
    public List<TpsGroup> groups(String regionPrefix, int groupLength, ElectionOverride override) {
        SqlText sql = new SqlText("select x.region, x.voters, x.eb, x.ea, count(*) from (select substr("
                + "t.village_code, 1, " + groupLength + ") as region, t.voters as voters, ")
                .append(elections(ElectionOverride.NONE)).append(" as eb, ")
                .append(elections(override)).append(" as ea from plt_tps t" + ELECTION_JOINS)
                .append(activeUnder(regionPrefix))
                .append(") x group by x.region, x.voters, x.eb, x.ea");
        List<TpsGroup> groups = new ArrayList<>();
        sql.query(dataSource, rs -> groups.add(new TpsGroup(rs.getString(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4), rs.getLong(5))));
        return groups;
    }

    /**
     * Re-checks, after the needs changed, the active TPS under the region that have counted stock: unmarks
     * ready TPS whose stock falls short of a re-checked item, and marks ready the TPS whose stock now covers the
     * whole kit of active items. A ready TPS had its whole kit under the old needs, so only items whose need may
     * have risen are re-checked there — one join instead of a look-up per TPS and item. The readiness totals
     * must be rebuilt afterwards.
     *
     * @param recheckedItems codes of the items whose need may have risen (none: nothing can fall short)
     */
    public ReadinessRecount reevaluate(String regionPrefix, Collection<String> recheckedItems, LocalDateTime nowUtc) {
        int noLongerReady = recheckedItems.isEmpty() ? 0 : new SqlText("delete from lgs_tps_ready r where"
                + " (r.village_code, r.tps_number) in (select t.village_code, t.tps_number from plt_tps t"
                + ELECTION_JOINS + " join lgs_item i on i.active = 'Y' and i.code in (" + places(recheckedItems)
                + ")", recheckedItems.toArray())
                .append(" left join lgs_tps_stock s on s.village_code = t.village_code and s.tps_number ="
                        + " t.tps_number and s.item_code = i.code").append(activeUnder(regionPrefix))
                .append(" and " + HAS_STOCK + " and coalesce(s.usable, 0) < " + need(ELECTIONS_NOW) + ")")
                .update(dataSource);
        int nowReady = new SqlText("insert into lgs_tps_ready (village_code, tps_number, ready_at)"
                + " select t.village_code, t.tps_number, ?", nowUtc)
                .append(" from plt_tps t" + ELECTION_JOINS).append(activeUnder(regionPrefix))
                .append(" and " + HAS_STOCK + " and not exists (select 1 from lgs_tps_ready r"
                        + " where r.village_code = t.village_code and r.tps_number = t.tps_number)"
                        + " and not exists (" + MISSING_ITEM + ")")
                .update(dataSource);
        recountCoverage(regionPrefix);
        return new ReadinessRecount(nowReady, noLongerReady);
    }

    /**
     * Brings the per-item coverage flags of the TPS under the region ({@code lgs_tps_stock.covered}, which the
     * per-item readiness counts) to the new needs: each stock row is covered when its usable quantity reaches the
     * item's need now.
     */
    private void recountCoverage(String regionPrefix) {
        new SqlText("update lgs_tps_stock set covered = case when exists (select 1 from plt_tps t"
                + ELECTION_JOINS + " cross join lgs_item i where i.code = lgs_tps_stock.item_code"
                + " and t.village_code = lgs_tps_stock.village_code and t.tps_number = lgs_tps_stock.tps_number"
                + " and lgs_tps_stock.usable >= " + need(ELECTIONS_NOW) + ") then 'Y' else 'N' end"
                + " where lgs_tps_stock.village_code >= ?", regionPrefix)
                .append(" and lgs_tps_stock.village_code < ?", regionPrefix + "~")
                .update(dataSource);
    }

    /**
     * What TPS {@code t} needs of item {@code i}: (per TPS + ceil(voters × per voter × (100 + reserve) / 100))
     * × elections where per election — as {@link id.deskpilkada.logistics.domain.KitItem#needFor}, in integer
     * arithmetic on the scaled factors (ceiling division), so that H2 and PostgreSQL round alike, per TPS.
     */
    static String need(String elections) {
        return "(i.per_tps + (t.voters * cast(i.per_voter * 10000 as bigint) * cast((100 + i.reserve_pct) * 100"
                + " as bigint) + " + (SCALE - 1) + ") / " + SCALE + ") * case when i.per_election = 'Y' then "
                + elections + " else 1 end";
    }

    private static String electionJoins() {
        StringBuilder joins = new StringBuilder();
        for (int length : LEVELS) {
            joins.append(" left join lgs_election_count e").append(length).append(" on e").append(length)
                    .append(".region_prefix = ").append(codeAt(length));
        }
        return joins.toString();
    }

    /** The TPS's code cut to a level: '' for the nation, the whole code for a desa. */
    private static String codeAt(int length) {
        return switch (length) {
            case 0 -> "''";
            case 13 -> "t.village_code";
            default -> "substr(t.village_code, 1, " + length + ")";
        };
    }

    /** The elections held at TPS {@code t}, the most specific setting first; an override replaces one region's. */
    private static SqlText elections(ElectionOverride override) {
        SqlText sql = new SqlText("coalesce(");
        for (int length : LEVELS) {
            String stored = "e" + length + ".elections";
            if (override.regionPrefix() == null || override.regionPrefix().length() != length) {
                sql.append(stored);
            } else {
                SqlText value = override.elections() == null ? new SqlText("null")
                        : new SqlText("cast(? as integer)", override.elections());
                if (length == 0) {
                    sql.append(value);
                } else {
                    sql.append("case when " + codeAt(length) + " = ?", override.regionPrefix())
                            .append(" then ").append(value).append(" else " + stored + " end");
                }
            }
            sql.append(", ");
        }
        return sql.append("1)");
    }

    private static String places(Collection<String> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private static SqlText activeUnder(String regionPrefix) {
        return new SqlText(" where t.status = 'AKTIF' and t.village_code >= ?", regionPrefix)
                .append(" and t.village_code < ?", regionPrefix + "~");
    }
}
