package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.application.ClusterJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;

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

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * The transaction's own connection, as EclipseLink holds it for this transaction — never one of its own from
     * the data source: on the event backbone's worker threads (the outbox relay) such a connection is not enlisted
     * in the JTA transaction but runs in autocommit, and the lock would end with its statement (seen in
     * PostgreSQL's statement log: no BEGIN before the lock). Not closed here: it belongs to the transaction.
     */
    Supplier<Connection> transactionConnection = () -> em.unwrap(Connection.class);

    /** Null until the first connection has told the database product; it does not change while deployed. */
    private volatile Boolean advisoryLocks;

    /** True when this transaction now holds the job's lock, false when another one holds it. */
    public boolean tryLock(ClusterJob job) {
        if (Boolean.FALSE.equals(advisoryLocks)) {
            // no connection at all, so the relay's round transaction on H2 holds none
            return true;
        }
        try {
            return tryLock(transactionConnection.get(), job);
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
