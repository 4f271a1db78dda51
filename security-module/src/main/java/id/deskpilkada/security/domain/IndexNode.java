package id.deskpilkada.security.domain;

/**
 * One node of a regional vulnerability index (like Bawaslu's IKP): a dimension (no parent), a sub-dimension or
 * an indicator (a leaf, scored by assessors). Weights are relative among siblings.
 */
public record IndexNode(String code, String parentCode, String name, double weight) {

    public IndexNode {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An index node needs a code");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new SecurityRuleViolation(SecurityProblem.BAD_WEIGHT, code + " = " + weight);
        }
    }

    public boolean isDimension() {
        return parentCode == null || parentCode.isEmpty();
    }
}
