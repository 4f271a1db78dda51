package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.ClusterJob;
import id.deskpilkada.platform.application.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends up incidents left unhandled too long (and grave ones the report could not escalate). Every minute, so
 * that a two-hour limit is kept to the minute; a run escalates an incident at most one level. Every instance fires;
 * the first to lock the job in the timer's transaction does the work, and the lock lasts until its escalations
 * commit, so two instances never send the same incident up at once.
 */
@Singleton
public class EscalationTimer {

    private static final Logger LOG = Logger.getLogger(EscalationTimer.class.getName());

    @Inject
    Incidents incidents;

    @Inject
    ClusterJobs cluster;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void run() {
        if (!cluster.tryLock(ClusterJob.INCIDENT_ESCALATION)) {
            LOG.fine("Incident escalation skipped: another instance is running it");
            return;
        }
        int escalated = incidents.escalateDue();
        if (escalated > 0) {
            LOG.info(() -> escalated + " incidents escalated by the timer");
        }
    }
}
