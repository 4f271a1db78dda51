package id.deskpilkada.security.domain;

/** Names people type for patterns, units and teams: trimmed, inner spaces collapsed, required, within their column. */
public final class Names {

    private Names() {
    }

    /** The name as it is stored and compared ("  Polres   Kupang " → "Polres Kupang"). */
    public static String tidy(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    static String required(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new SecurityRuleViolation(SecurityProblem.NAME_REQUIRED);
        }
        String name = tidy(text);
        if (name.length() > maxLength) {
            throw new SecurityRuleViolation(SecurityProblem.NAME_TOO_LONG, maxLength, name);
        }
        return name;
    }
}
