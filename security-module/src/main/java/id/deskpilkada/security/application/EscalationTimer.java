package id.deskpilkada.security.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends up incidents left unhandled too long (and grave ones the report could not escalate). Every minute, so
 * that a two-hour limit is kept to the minute; a run escalates an incident at most one level.
 */
@Singleton
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

    @Inject
    Incidents incidents;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void run() {
        int escalated = incidents.escalateDue();
        if (escalated > 0) {
            LOG.info(() -> escalated + " incidents escalated by the timer");
        }
    }
}
