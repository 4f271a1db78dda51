package id.deskpilkada.desk.domain;

/**
 * Incidents by the state the desk knows (security announces reports, escalations and closings, not the steps in
 * between) and the open ones by severity.
 */
public record IncidentCounts(long reported, long escalated, long done, long rejected, long openLow, long openMedium,
                             long openHigh) implements Additive<IncidentCounts> {

    public static final IncidentCounts NONE = new IncidentCounts(0, 0, 0, 0, 0, 0, 0);

    /** {@code count} incidents in one state, of one severity (counted by severity only while open). */
    public static IncidentCounts of(IncidentState state, IncidentSeverity severity, long count) {
        boolean open = state.isOpen();
        return new IncidentCounts(state == IncidentState.DILAPORKAN ? count : 0,
                state == IncidentState.DIESKALASI ? count : 0, state == IncidentState.SELESAI ? count : 0,
                state == IncidentState.DITOLAK ? count : 0, open && severity == IncidentSeverity.RENDAH ? count : 0,
                open && severity == IncidentSeverity.SEDANG ? count : 0,
                open && severity == IncidentSeverity.TINGGI ? count : 0);
    }

    public long open() {
        return reported + escalated;
    }

    public long closed() {
        return done + rejected;
    }

    /** Open incidents of the gravest severity (tinggi). */
    public long grave() {
        return openHigh;
    }

    @Override
    public IncidentCounts plus(IncidentCounts o) {
        return new IncidentCounts(reported + o.reported, escalated + o.escalated, done + o.done,
                rejected + o.rejected, openLow + o.openLow, openMedium + o.openMedium, openHigh + o.openHigh);
    }
}
