package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.ProblemViolation;

/** A logistics request breaks a rule; nothing of it was saved. */
public class ShipmentRuleViolation extends ProblemViolation {

    private static final long serialVersionUID = 1L;

    public ShipmentRuleViolation(ShipmentProblem problem, Object... arguments) {
        super(problem, arguments);
    }

    @Override
    public ShipmentProblem problem() {
        return (ShipmentProblem) super.problem();
    }
}
