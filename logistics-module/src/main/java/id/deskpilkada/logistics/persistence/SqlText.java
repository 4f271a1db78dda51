package id.deskpilkada.logistics.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** SQL built in pieces, each with the parameters of its own places, run on a data source's connection. */
final class SqlText {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    SqlText(String text, Object... parameters) {
        append(text, parameters);
    }

    SqlText append(String more, Object... values) {
        text.append(more);
        parameters.addAll(List.of(values));
        return this;
    }

    SqlText append(SqlText more) {
        text.append(more.text);
        parameters.addAll(more.parameters);
        return this;
    }

    String text() {
        return text.toString();
    }

    void query(DataSource dataSource, RowReader reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepared(c);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage() + " — " + text, e);
        }
    }

    int update(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepared(c)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + e.getMessage() + " — " + text, e);
        }
    }

    private PreparedStatement prepared(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            ps.setObject(i + 1, parameters.get(i));
        }
        return ps;
    }
}
