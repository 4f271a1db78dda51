package id.deskpilkada.meeting.domain;

/** Follow-up of an action item; selesai and dibatalkan close it. */
public enum ActionItemStatus {
    TERBUKA, DALAM_PROSES, SELESAI, DIBATALKAN;

    public boolean open() {
        return this == TERBUKA || this == DALAM_PROSES;
    }
}
