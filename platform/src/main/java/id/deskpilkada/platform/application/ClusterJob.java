package id.deskpilkada.platform.application;

/**
 * Scheduled work that must run once per cluster, not once per instance, when several portal instances share one
 * database. The keys name the jobs' PostgreSQL advisory locks (an operator finds them as {@code objid} in
 * {@code pg_locks}), so a key never changes and no two jobs share one. They stay far from Flyway's own advisory
 * lock, whose key is a large number derived from its history table's name.
 */
public enum ClusterJob {

    /** Meeting: marks action items past their due date, hourly. */
    OVERDUE_CHECK(9_001, "overdue-check"),
    /** Security: sends up incidents left unhandled too long, every minute. */
    INCIDENT_ESCALATION(9_002, "incident-escalation"),
    /** Platform: one round of the outbox relay, every poll and after each publishing commit. */
    OUTBOX_RELAY(9_003, "outbox-relay");

    private final long lockKey;
    private final String tag;

    ClusterJob(long lockKey, String tag) {
        this.lockKey = lockKey;
        this.tag = tag;
    }

    public long lockKey() {
        return lockKey;
    }

    /** The job's name in metrics. */
    public String tag() {
        return tag;
    }
}
