package id.deskpilkada.platform.domain;

/** What a portal user may do. LEADERSHIP reads everything in its jurisdiction and changes nothing. */
public enum Role {
    ADMIN,
    SECRETARIAT,
    LOGISTICS,
    SECURITY,
    LEADERSHIP;

    /** Role names as declared to Jakarta Security. */
    public static final String[] NAMES = {"ADMIN", "SECRETARIAT", "LOGISTICS", "SECURITY", "LEADERSHIP"};
}
