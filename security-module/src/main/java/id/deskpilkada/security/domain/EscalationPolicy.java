package id.deskpilkada.security.domain;

import java.time.Duration;

/**
 * When an incident goes up without anybody asking: at once from {@code immediateFrom} severity, and when it
 * waits unhandled at one desk for longer than {@code unhandledAfter}.
 */
public record EscalationPolicy(Severity immediateFrom, Duration unhandledAfter) {

    public EscalationPolicy {
        if (unhandledAfter == null || unhandledAfter.isNegative() || unhandledAfter.isZero()) {
            throw new IllegalArgumentException("The unhandled time must be positive: " + unhandledAfter);
        }
    }
}
