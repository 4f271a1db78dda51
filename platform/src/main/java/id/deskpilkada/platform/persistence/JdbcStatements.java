package id.deskpilkada.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * One statement on the transaction's connection with positional parameters, for the stores that read with SQL of
 * their own (a {@code null} parameter binds as SQL NULL of the column's type).
 */
final class JdbcStatements {

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private JdbcStatements() {
    }

    static void query(DataSource dataSource, String sql, List<?> parameters, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
        }
    }

    /** The first column of the one row a count or an aggregate gives. */
    static long single(DataSource dataSource, String sql, List<?> parameters) {
        long[] value = new long[1];
        query(dataSource, sql, parameters, rs -> value[0] = rs.getLong(1));
        return value[0];
    }

    static int update(DataSource dataSource, String sql, List<?> parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in: " + sql, e);
        }
    }

    private static void bind(PreparedStatement ps, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
    }
}
