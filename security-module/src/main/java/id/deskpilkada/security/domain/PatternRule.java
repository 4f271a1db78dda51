package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored form of a {@link TeamRule}: one row of {@code sec_pattern_rule}. */
@Embeddable
public class PatternRule {

    @Column(nullable = false)
    private int polri;

    @Column(name = "tps_per_team", nullable = false)
    private int tpsPerTeam;

    @Column(nullable = false)
    private int linmas;

    protected PatternRule() {
    }

    void set(TeamRule rule) {
        this.polri = rule.polri();
        this.tpsPerTeam = rule.tpsPerTeam();
        this.linmas = rule.linmas();
    }

    TeamRule rule() {
        return new TeamRule(polri, tpsPerTeam, linmas);
    }
}
