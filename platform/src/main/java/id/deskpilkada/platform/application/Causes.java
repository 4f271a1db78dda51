package id.deskpilkada.platform.application;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Looks through the cause chain of a failure — under the JPA, EJB, Faces and connection-pool wrappers — for the
 * exception that says what went wrong; a batch's SQL exception is followed to its next exception. Bounded, and safe
 * against a chain that points back at itself.
 */
public final class Causes {

    private static final int MAX_CAUSES = 30;

    private Causes() {
    }

    public static boolean anyMatch(Throwable error, Predicate<Throwable> test) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (test.test(cause)) {
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
}
