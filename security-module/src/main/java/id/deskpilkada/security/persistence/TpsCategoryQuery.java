package id.deskpilkada.security.persistence;

import id.deskpilkada.platform.application.PlatformStartup;
import id.deskpilkada.platform.domain.tps.VillageRange;
import id.deskpilkada.security.domain.DesaCategoryCount;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * {@link TpsCategoryCounts} as one GROUP BY over the platform's TPS list and the TPS categories, read in JDBC
 * with a fetch size: the national plan streams about 85,000 grouped rows, never 435,000 TPS, and holds none of
 * them. The village-code range (not LIKE) lets PostgreSQL scan the TPS key index under any collation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TpsCategoryQuery implements TpsCategoryCounts {

    static final int FETCH_SIZE = 5_000;
    static final String UNCLASSIFIED_AS = VulnerabilityCategory.KURANG_RAWAN.name();

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public void forEachUnder(String regionCode, Consumer<DesaCategoryCount> sink) {
        VillageRange range = VillageRange.under(regionCode);
        String category = "coalesce(v.category, '" + UNCLASSIFIED_AS + "')";
        String sql = "select t.village_code, " + category + ", count(*), count(*) - count(v.category)"
                + " from plt_tps t left join sec_tps_vulnerability v"
                + " on v.village_code = t.village_code and v.tps_number = t.tps_number"
                + " where t.status = 'AKTIF'" + (range.isNational() ? "" : " and t.village_code between ? and ?")
                + " group by t.village_code, " + category + " order by t.village_code";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (!range.isNational()) {
                ps.setString(1, range.first());
                ps.setString(2, range.last());
            }
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new DesaCategoryCount(rs.getString(1), VulnerabilityCategory.valueOf(rs.getString(2)),
                            rs.getInt(3), rs.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("TPS per desa and category under '" + regionCode + "': "
                    + e.getMessage(), e);
        }
    }
}
