package id.deskpilkada.meeting.domain;

/** In person, online (with a link) or both. */
public enum MeetingMode {
    TATAP_MUKA, DARING, HYBRID;

    public boolean needsLink() {
        return this != TATAP_MUKA;
    }

    public boolean needsPlace() {
        return this != DARING;
    }
}
