package id.deskpilkada.desk.domain;

import id.deskpilkada.platform.domain.ProblemViolation;

/** A desk request breaks a rule; nothing of it was saved. */
public class DeskRuleViolation extends ProblemViolation {

    private static final long serialVersionUID = 1L;

    public DeskRuleViolation(DeskProblem problem, Object... arguments) {
        super(problem, arguments);
    }

    @Override
    public DeskProblem problem() {
        return (DeskProblem) super.problem();
    }
}
