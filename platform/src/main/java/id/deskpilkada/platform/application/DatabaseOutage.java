package id.deskpilkada.platform.application;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached — stopped, restarting, the network gone — from every
 * other failure, so that users are told "try again in a moment" (HTTP 503) instead of an unexplained error, and
 * nothing they sent is mistaken for invalid. Recognised anywhere in the cause chain under the JPA, EJB, Faces and
 * connection-pool wrappers: SQL states of class 08 (connection exception) and 57P01–57P03 (PostgreSQL shutting down
 * or starting), a refused TCP connection, and the connection pool's "could not allocate" exceptions.
 */
public final class DatabaseOutage {

    /** How soon users and clients are told to try again (HTTP Retry-After), in seconds. */
    public static final String RETRY_AFTER_SECONDS = "10";
    /** The pool (Payara's connectors) reports a refused connection through these, often without an SQL state. */
    private static final Set<String> POOL_FAILURES = Set.of("PoolingException", "ResourceAllocationException");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable error) {
        return Causes.anyMatch(error, DatabaseOutage::isOutage);
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof SQLTransientConnectionException
                || POOL_FAILURES.contains(cause.getClass().getSimpleName())) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return false;
    }
}
