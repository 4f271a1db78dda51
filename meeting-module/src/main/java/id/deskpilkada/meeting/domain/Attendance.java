package id.deskpilkada.meeting.domain;

/** How an invited agency attended: itself, through a representative, or not at all. */
public enum Attendance {
    HADIR, DIWAKILI, TIDAK_HADIR;

    public boolean present() {
        return this != TIDAK_HADIR;
    }
}
