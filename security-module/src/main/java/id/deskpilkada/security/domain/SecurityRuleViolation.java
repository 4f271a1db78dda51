package id.deskpilkada.security.domain;

import id.deskpilkada.platform.domain.ProblemViolation;

/** A security request breaks a rule; nothing of it was saved. */
public class SecurityRuleViolation extends ProblemViolation {

    private static final long serialVersionUID = 1L;

    public SecurityRuleViolation(SecurityProblem problem, Object... arguments) {
        super(problem, arguments);
    }

    @Override
    public SecurityProblem problem() {
        return (SecurityProblem) super.problem();
    }
}
