package id.deskpilkada.platform.domain.agency;

/**
 * An agency or contact person breaks a rule. It is an {@link IllegalArgumentException}, so the REST API
 * answers 400; the portal shows {@link #problem()} in the user's language with {@link #detail()}.
 */
public class InvalidAgencyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final AgencyProblem problem;
    private final String detail;

    public InvalidAgencyException(AgencyProblem problem, String detail) {
        super(problem.describe(detail));
        this.problem = problem;
        this.detail = detail;
    }

    public AgencyProblem problem() {
        return problem;
    }

    /** What the problem is about (a name, a code, a number), or null. */
    public String detail() {
        return detail;
    }
}
