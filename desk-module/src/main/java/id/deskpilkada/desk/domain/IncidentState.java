package id.deskpilkada.desk.domain;

/**
 * What the desk knows of an incident: reported, escalated up the region tree at least once, or closed — done
 * (selesai) or rejected (ditolak). Closing is final whatever arrives after it.
 */
public enum IncidentState {
    DILAPORKAN, DIESKALASI, SELESAI, DITOLAK;

    public boolean isOpen() {
        return this == DILAPORKAN || this == DIESKALASI;
    }

    /** The state of a closing outcome as security words it: {@code selesai} or {@code ditolak}. */
    public static IncidentState closedAs(String outcome) {
        return "ditolak".equalsIgnoreCase(outcome) ? DITOLAK : SELESAI;
    }
}
