package id.deskpilkada.security.domain;

/** Names people type for patterns, units and teams: trimmed, required, and within their column. */
final class Names {

    private Names() {
    }

    static String required(String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new SecurityRuleViolation(SecurityProblem.NAME_REQUIRED);
        }
        String name = text.strip().replaceAll("\\s+", " ");
        if (name.length() > maxLength) {
            throw new SecurityRuleViolation(SecurityProblem.NAME_TOO_LONG, maxLength, name);
        }
        return name;
    }
}
