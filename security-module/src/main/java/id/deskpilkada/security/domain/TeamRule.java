package id.deskpilkada.security.domain;

/**
 * How one category of TPS is guarded: a team of {@code polri} officers covers {@code tpsPerTeam} TPS, with
 * {@code linmas} Linmas for those TPS (kurang rawan 2 : 8 : 16 — two officers for eight TPS, two Linmas each).
 */
public record TeamRule(int polri, int tpsPerTeam, int linmas) {

    public TeamRule {
        if (polri < 0 || linmas < 0) {
            throw new SecurityRuleViolation(SecurityProblem.NEGATIVE_PERSONNEL, polri < 0 ? polri : linmas);
        }
        if (tpsPerTeam < 1) {
            throw new SecurityRuleViolation(SecurityProblem.NO_TPS_PER_TEAM, polri + " : " + tpsPerTeam + " : "
                    + linmas);
        }
    }

    /**
     * Personnel for the TPS of one category in one desa: teams are formed within a desa (its TPS lie close
     * together), so a desa with 9 kurang rawan TPS needs two teams; Linmas follow the TPS, rounded up.
     */
    public PersonnelNeed forTps(int tps) {
        if (tps <= 0) {
            return PersonnelNeed.NONE;
        }
        int teams = (tps + tpsPerTeam - 1) / tpsPerTeam;
        int linmasNeeded = (int) ((tps * (long) linmas + tpsPerTeam - 1) / tpsPerTeam);
        return new PersonnelNeed(teams * polri, 0, linmasNeeded);
    }
}
