package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.persistence.H2Platform;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbox's one statement on H2, the embedded default (PostgreSQL runs it in PortalIT and ClusterFaultIT). */
class InboxRecordSqlTest {

    private static final String INBOX = "plt_notification_inbox";

    private final H2Platform h2 = new H2Platform();

    @Test
    void aNewEventIsRecordedOnceAndAgainItIsNot() throws SQLException {
        UUID event = UUID.randomUUID();

        assertThat(record(event, "corr-1")).isEqualTo(1);
        assertThat(record(event, "corr-1")).isZero();
        assertThat(record(UUID.randomUUID(), null)).isEqualTo(1);

        try (Connection c = h2.dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select event_type, correlation_id from " + INBOX
                     + " where event_id = ?")) {
            q.setObject(1, event);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("security.IncidentReported");
                assertThat(rs.getString(2)).isEqualTo("corr-1");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    private int record(UUID event, String correlationId) throws SQLException {
        try (Connection c = h2.dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement(InboxProcessor.recordSql(INBOX))) {
            insert.setObject(1, event);
            insert.setString(2, "security.IncidentReported");
            insert.setString(3, correlationId);
            insert.setObject(4, LocalDateTime.of(2024, 11, 27, 8, 0));
            insert.setObject(5, event);
            return insert.executeUpdate();
        }
    }
}
