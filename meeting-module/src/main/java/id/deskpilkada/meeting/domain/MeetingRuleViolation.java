package id.deskpilkada.meeting.domain;

import java.util.List;

/** A meeting request breaks a rule; nothing of it was saved. 400 on REST, a translated message on pages. */
public class MeetingRuleViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final MeetingProblem problem;
    private final transient List<Object> arguments;

    public MeetingRuleViolation(MeetingProblem problem, Object... arguments) {
        super(problem.english(arguments));
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public MeetingProblem problem() {
        return problem;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
