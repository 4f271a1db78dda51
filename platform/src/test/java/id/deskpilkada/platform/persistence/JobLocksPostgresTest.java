package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.ClusterJob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job locks on a real PostgreSQL, as two instances use them: two connections, each in its own transaction.
 * Advisory locks belong to one database, so the test works in a fresh database of its own and no other run on the
 * server can take its locks. Under {@code CI=true} a missing server fails the test; elsewhere it is skipped.
 */
class JobLocksPostgresTest {

    private static final String HOST = System.getProperty("it.pg.host", "127.0.0.1") + ":"
            + System.getProperty("it.pg.port", "5432");
    private static final String USER = System.getProperty("it.pg.user", "postgres");
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + "/"
            + System.getProperty("it.pg.adminDatabase", "test");
    private static final String DATABASE = "joblocks_" + UUID.randomUUID().toString().replace("-", "");

    /** Why the database could not be created, or null. */
    private static String missing;
    private static boolean created;

    private final JobLocks locks = new JobLocks();
    private Connection first;
    private Connection second;

    @BeforeAll
    static void createDatabase() {
        try {
            admin("create database " + DATABASE);
            created = true;
        } catch (SQLException e) {
            missing = "PostgreSQL at " + ADMIN_URL + " (user " + USER + ") is needed to test the job locks: "
                    + e.getMessage();
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (created) {
            admin("drop database if exists " + DATABASE + " with (force)");
        }
    }

    @BeforeEach
    void twoInstances() throws SQLException {
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing);
            }
            Assumptions.abort(missing + " (skipped outside CI; with CI=true this fails)");
        }
        first = transaction();
        second = transaction();
    }

    @AfterEach
    void close() throws SQLException {
        if (first != null) {
            first.close();
            second.close();
        }
    }

    @Test
    void aJobHeldByOneTransactionIsRefusedToTheOtherUntilItCommits() throws SQLException {
        assertThat(locks.tryLock(first, ClusterJob.OUTBOX_RELAY)).isTrue();
        assertThat(locks.tryLock(second, ClusterJob.OUTBOX_RELAY)).as("while the first holds it").isFalse();

        first.commit();

        assertThat(locks.tryLock(second, ClusterJob.OUTBOX_RELAY)).as("after the first committed").isTrue();
        assertThat(locks.tryLock(first, ClusterJob.OUTBOX_RELAY)).as("now the second holds it").isFalse();
    }

    @Test
    void aRollbackReleasesTheLockToo() throws SQLException {
        assertThat(locks.tryLock(first, ClusterJob.OVERDUE_CHECK)).isTrue();

        first.rollback();

        assertThat(locks.tryLock(second, ClusterJob.OVERDUE_CHECK)).isTrue();
    }

    @Test
    void differentJobsDoNotBlockEachOther() throws SQLException {
        assertThat(locks.tryLock(first, ClusterJob.OVERDUE_CHECK)).isTrue();

        assertThat(locks.tryLock(second, ClusterJob.INCIDENT_ESCALATION)).isTrue();
        assertThat(locks.tryLock(second, ClusterJob.OUTBOX_RELAY)).isTrue();
        assertThat(locks.tryLock(first, ClusterJob.INCIDENT_ESCALATION)).isFalse();
    }

    @Test
    void theHolderMayAskAgainWithinItsTransaction() throws SQLException {
        assertThat(locks.tryLock(first, ClusterJob.OUTBOX_RELAY)).isTrue();
        assertThat(locks.tryLock(first, ClusterJob.OUTBOX_RELAY)).isTrue();
    }

    private static Connection transaction() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/" + DATABASE, USER, "");
        c.setAutoCommit(false);
        return c;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, ""); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
