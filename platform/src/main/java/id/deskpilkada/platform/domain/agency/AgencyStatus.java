package id.deskpilkada.platform.domain.agency;

/**
 * Whether an agency or contact person is in use. Kept as a word rather than a boolean column: EclipseLink
 * binds a boolean in a query as 1 or 0, which H2 2.x, the embedded database, refuses to compare with a
 * boolean column ("Values of types BOOLEAN and INTEGER are not comparable", eclipselink issue 1578).
 */
public enum AgencyStatus {
    ACTIVE,
    INACTIVE
}
