package id.deskpilkada.platform.messaging;

import id.deskpilkada.platform.application.Causes;
import id.deskpilkada.platform.application.DatabaseOutage;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How a consumer hands a received event to its module when the database is in the way, without giving the message
 * back to the broker. While the database cannot be reached the message is held (unacknowledged) and the handling
 * tried again every pause: a rollback would spend one of the event's few delivery attempts per outage and
 * dead-letter it after a long one, although nothing is wrong with the event. A row written meanwhile by a handler on
 * another node (both nodes saw first events of the same incident or shipment) is met by handling the event again at
 * once, which then finds that row, instead of a redelivery after the broker's back-off. Everything else fails as
 * before: the consumer rolls back and the broker redelivers or dead-letters.
 */
final class PatientDelivery {

    static final int MAX_CONCURRENT_WRITE_RETRIES = 3;
    /** SQL state of a unique or primary key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Logger LOG = Logger.getLogger(PatientDelivery.class.getName());

    private final String module;
    private final Runnable concurrentWriteRetried;
    private final LongPredicate pause;
    private final long pauseMillis;

    /** @param pause sleeps the given milliseconds; false when interrupted */
    PatientDelivery(String module, Runnable concurrentWriteRetried, LongPredicate pause, long pauseMillis) {
        this.module = module;
        this.concurrentWriteRetried = concurrentWriteRetried;
        this.pause = pause;
        this.pauseMillis = pauseMillis;
    }

    <T> T attempt(Supplier<T> handling, BooleanSupplier running) {
        int concurrentWrites = 0;
        boolean outageLogged = false;
        while (true) {
            try {
                return handling.get();
            } catch (RuntimeException e) {
                if (DatabaseOutage.causedBy(e) && running.getAsBoolean()) {
                    if (!outageLogged) {
                        LOG.warning(() -> "Module " + module + " holds its event until the database answers again: "
                                + rootMessage(e));
                        outageLogged = true;
                    }
                    if (!pause.test(pauseMillis)) {
                        throw e;
                    }
                } else if (isUniqueViolation(e) && concurrentWrites < MAX_CONCURRENT_WRITE_RETRIES) {
                    concurrentWrites++;
                    concurrentWriteRetried.run();
                } else {
                    throw e;
                }
            }
        }
    }

    private static boolean isUniqueViolation(Throwable error) {
        return Causes.anyMatch(error, t -> t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
