package id.deskpilkada.meeting.domain;

import id.deskpilkada.platform.domain.ProblemViolation;

/** A meeting request breaks a rule; nothing of it was saved. 400 on REST, a translated message on pages. */
public class MeetingRuleViolation extends ProblemViolation {

    private static final long serialVersionUID = 1L;

    public MeetingRuleViolation(MeetingProblem problem, Object... arguments) {
        super(problem, arguments);
    }

    @Override
    public MeetingProblem problem() {
        return (MeetingProblem) super.problem();
    }
}
