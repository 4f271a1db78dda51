package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.PlatformStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A job's cluster-wide lock as a PostgreSQL transaction-level advisory lock, taken on the caller's transaction's
 * connection. It is released when that transaction commits or rolls back, and PostgreSQL aborts the transaction of
 * an instance that dies, so a lock is never left behind. Session-level locks would stay with the pooled connection
 * after the job, hence the transaction-level kind. H2 knows no advisory locks; it runs as the single instance's
 * embedded database, where there is nobody to exclude.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JobLocks {

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    /** Null until the first connection has told the database product; it does not change while deployed. */
    private volatile Boolean advisoryLocks;

    /** True when this transaction now holds the job's lock, false when another one holds it. */
    public boolean tryLock(ClusterJob job) {
        if (Boolean.FALSE.equals(advisoryLocks)) {
            // no connection at all, so the relay's round transaction on H2 holds none
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            return tryLock(c, job);
        } catch (SQLException e) {
            throw new IllegalStateException("Lock of job " + job + " failed: " + e.getMessage(), e);
        }
    }

    /** On a connection inside a transaction (without one the lock would end with the statement). */
    boolean tryLock(Connection c, ClusterJob job) throws SQLException {
        if (!advisoryLocks(c)) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, job.lockKey());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private boolean advisoryLocks(Connection c) throws SQLException {
        Boolean known = advisoryLocks;
        if (known == null) {
            known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            advisoryLocks = known;
        }
        return known;
    }
}
