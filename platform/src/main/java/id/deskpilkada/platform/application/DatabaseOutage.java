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

    private static final int MAX_CAUSES = 30;
    /** The pool (Payara's connectors) reports a refused connection through these, often without an SQL state. */
    private static final Set<String> POOL_FAILURES = Set.of("PoolingException", "ResourceAllocationException");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (isOutage(cause)) {
                return true;
            }
            Throwable next = cause instanceof SQLException sql && sql.getNextException() != null && cause.getCause() == null
                    ? sql.getNextException() : cause.getCause();
            if (next == cause) {
                return false;
            }
            cause = next;
        }
        return false;
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
