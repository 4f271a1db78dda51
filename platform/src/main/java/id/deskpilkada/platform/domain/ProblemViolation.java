package id.deskpilkada.platform.domain;

import java.util.List;

/**
 * A request broke a module's rule: the problem and its arguments, worded by pages from the bundle and in English
 * for the log and the REST API (400, as an {@link IllegalArgumentException}). Nothing of the request was saved.
 */
public class ProblemViolation extends IllegalArgumentException implements BrokenRule {

    private static final long serialVersionUID = 1L;

    private final transient ProblemCode problem;
    private final transient List<Object> arguments;

    public ProblemViolation(ProblemCode problem, Object... arguments) {
        super(problem.english(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    /** Modules narrow the type to their own problem enum. */
    public ProblemCode problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return problem.messageKey();
    }

    @Override
    public Object[] arguments() {
        return arguments.toArray();
    }
}
