package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.ClusterJob;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The job locks on H2, the single instance's embedded database: every run may work, and no lock is taken. */
class JobLocksTest {

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final AtomicInteger connections = new AtomicInteger();

    JobLocksTest() {
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
    }

    @Test
    void twoTransactionsBothMayRunTheSameJob() throws SQLException {
        JobLocks locks = new JobLocks();
        try (Connection first = h2.getConnection(); Connection second = h2.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            assertThat(locks.tryLock(first, ClusterJob.OUTBOX_RELAY)).isTrue();
            assertThat(locks.tryLock(second, ClusterJob.OUTBOX_RELAY)).isTrue();
        }
    }

    @Test
    void onceTheDatabaseIsKnownTheTransactionsConnectionIsNotAskedAgain() throws SQLException {
        JobLocks locks = new JobLocks();
        try (Connection transaction = h2.getConnection()) {
            locks.transactionConnection = () -> {
                connections.incrementAndGet();
                return transaction;
            };

            assertThat(locks.tryLock(ClusterJob.OVERDUE_CHECK)).isTrue();
            assertThat(locks.tryLock(ClusterJob.OVERDUE_CHECK)).isTrue();
            assertThat(locks.tryLock(ClusterJob.OUTBOX_RELAY)).isTrue();
            assertThat(transaction.isClosed()).as("the transaction's connection is left to it").isFalse();
        }

        assertThat(connections).as("only to learn the database product").hasValue(1);
    }
}
