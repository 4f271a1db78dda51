package id.deskpilkada.platform.application;

/**
 * How a self-service password change ended. Not an exception on purpose: a wrong current password counts
 * towards the lockout, and that count must be committed.
 */
public enum PasswordChangeOutcome {
    CHANGED,
    /** Counted as a failed attempt, like a failed login. */
    WRONG_CURRENT_PASSWORD,
    /** Locked after too many failed attempts, or deactivated; only an administrator can help. */
    ACCOUNT_LOCKED
}
