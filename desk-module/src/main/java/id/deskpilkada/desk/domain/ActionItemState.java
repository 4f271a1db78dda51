package id.deskpilkada.desk.domain;

/**
 * What the desk knows of an action item: open, announced overdue by the meeting module, or closed — done
 * (selesai) or cancelled (dibatalkan). A later state is never taken back by an announcement of an earlier one.
 */
public enum ActionItemState {
    TERBUKA, TERLAMBAT, SELESAI, DIBATALKAN;

    public boolean isOpen() {
        return this == TERBUKA || this == TERLAMBAT;
    }

    /** The state of a closing status as the meeting module words it: SELESAI or DIBATALKAN. */
    public static ActionItemState closedAs(String status) {
        return "DIBATALKAN".equalsIgnoreCase(status) ? DIBATALKAN : SELESAI;
    }
}
