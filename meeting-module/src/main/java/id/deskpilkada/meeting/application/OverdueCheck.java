package id.deskpilkada.meeting.application;

import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * The daily check for overdue action items. Runs hourly so that every zone's midnight (WIB, WITA, WIT) is
 * caught soon after it passes; an item is marked and published only once, so repeated runs are harmless. Every
 * instance fires; the first to lock the job in the timer's transaction does the work, and the lock lasts until its
 * marks commit, so two instances never mark (and publish) the same item at once.
 */
@Singleton
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class.getName());

    @Inject
    ActionItems actionItems;

    @Inject
    ClusterJobs cluster;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void run() {
        if (!cluster.tryLock(ClusterJob.OVERDUE_CHECK)) {
            LOG.fine("Overdue check skipped: another instance is running it");
            return;
        }
        int marked = actionItems.markOverdue(LocalDateTime.now(Clock.systemUTC()));
        if (marked > 0) {
            LOG.info(() -> marked + " action items became overdue");
        }
    }
}
