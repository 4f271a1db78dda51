package id.deskpilkada.security.domain;

/**
 * Where a score becomes sedang and tinggi. Kab/kota and provinces have their own (IKP 2024: tinggi from 49.33
 * for a kab/kota, from 68.5 for a province), so they are configuration, not constants.
 */
public record IndexThresholds(double sedangFrom, double tinggiFrom) {

    public IndexThresholds {
        if (sedangFrom < 0 || tinggiFrom > 100 || !(sedangFrom < tinggiFrom)) {
            throw new SecurityRuleViolation(SecurityProblem.BAD_THRESHOLDS, sedangFrom, tinggiFrom);
        }
    }

    public IndexLevel levelOf(double score) {
        if (score >= tinggiFrom) {
            return IndexLevel.TINGGI;
        }
        return score >= sedangFrom ? IndexLevel.SEDANG : IndexLevel.RENDAH;
    }
}
