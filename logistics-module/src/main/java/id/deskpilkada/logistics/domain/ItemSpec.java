package id.deskpilkada.logistics.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an officer says about a kit item: its code, how it is called and counted, and its need formula — a
 * quantity per TPS, plus a factor per voter with a reserve in percent, once per election held where marked.
 * Checked and normalised on construction (code in capitals, factors at the scale the catalogue stores them).
 */
public record ItemSpec(String code, String name, String unit, int perTps, BigDecimal perVoter,
                       BigDecimal reservePercent, boolean perElection) {

    public static final int MAX_PER_TPS = 10_000;
    public static final BigDecimal MAX_PER_VOTER = BigDecimal.valueOf(100);
    public static final BigDecimal MAX_RESERVE = BigDecimal.valueOf(100);
    static final int PER_VOTER_SCALE = 4;
    static final int RESERVE_SCALE = 2;
    private static final int MAX_NAME = 100;
    private static final int MAX_UNIT = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    /** @throws CatalogueRuleViolation naming the first rule broken */
    public ItemSpec {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new CatalogueRuleViolation(CatalogueProblem.BAD_CODE, code);
        }
        name = text(name, MAX_NAME, CatalogueProblem.NAME_REQUIRED);
        unit = text(unit, MAX_UNIT, CatalogueProblem.UNIT_REQUIRED);
        if (perTps < 0 || perTps > MAX_PER_TPS) {
            throw new CatalogueRuleViolation(CatalogueProblem.BAD_PER_TPS, String.valueOf(perTps));
        }
        perVoter = bounded(perVoter, MAX_PER_VOTER, PER_VOTER_SCALE, CatalogueProblem.BAD_PER_VOTER);
        reservePercent = bounded(reservePercent, MAX_RESERVE, RESERVE_SCALE, CatalogueProblem.BAD_RESERVE);
    }

    /** Whether a TPS needs the same of this item under both: the name and unit do not count. */
    public boolean sameFormulaAs(ItemSpec other) {
        return perTps == other.perTps && perVoter.compareTo(other.perVoter) == 0
                && reservePercent.compareTo(other.reservePercent) == 0 && perElection == other.perElection;
    }

    private static String text(String value, int max, CatalogueProblem problem) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new CatalogueRuleViolation(problem);
        }
        return stripped;
    }

    /** Between 0 and max with at most {@code scale} decimals, stored at exactly that scale. */
    private static BigDecimal bounded(BigDecimal value, BigDecimal max, int scale, CatalogueProblem problem) {
        if (value == null || value.signum() < 0 || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > scale) {
            throw new CatalogueRuleViolation(problem,
                    value == null ? "—" : value.stripTrailingZeros().toPlainString());
        }
        return value.setScale(scale);
    }
}
