package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.VulnerabilityCategory;

/** One line of a pattern as typed: a team of {@code polri} officers covers {@code tpsPerTeam} TPS with {@code linmas} Linmas. */
public record RuleDraft(VulnerabilityCategory category, int polri, int tpsPerTeam, int linmas) {
}
