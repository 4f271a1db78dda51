package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    /** Named as Payara's pool exception is: recognised by name, the connectors are not on this class path. */
    static class PoolingException extends Exception {
        PoolingException(Throwable cause) {
            super("Connection could not be allocated", cause);
        }
    }

    @Test
    void aRefusedConnectionUnderThePoolAndJpaWrappersIsAnOutage() {
        Throwable refused = new PersistenceException("Exception [EclipseLink-4002]", new SQLException(
                "Error in allocating a connection", null, 0, new PoolingException(new ConnectException("refused"))));
        assertThat(DatabaseOutage.causedBy(refused)).isTrue();
    }

    @Test
    void connectionStatesAndPostgresShutdownStatesAreOutages() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("This connection has been closed.", "08003"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void aStatementsOwnErrorIsNoOutage() {
        assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    @Test
    void theNextExceptionOfABatchIsLookedAt() {
        SQLException batch = new SQLException("Batch entry 0 was aborted");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(DatabaseOutage.causedBy(batch)).isTrue();
    }
}
