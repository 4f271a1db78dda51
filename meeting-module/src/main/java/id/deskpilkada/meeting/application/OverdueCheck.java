package id.deskpilkada.meeting.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * The daily check for overdue action items. Runs hourly so that every zone's midnight (WIB, WITA, WIT) is
 * caught soon after it passes; an item is marked and published only once, so repeated runs are harmless.
 */
@Singleton
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class.getName());

    @Inject
    ActionItems actionItems;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void run() {
        int marked = actionItems.markOverdue(LocalDateTime.now(Clock.systemUTC()));
        if (marked > 0) {
            LOG.info(() -> marked + " action items became overdue");
        }
    }
}
