package id.deskpilkada.meeting.domain;

import java.util.Map;
import java.util.Set;

/**
 * The approval workflow of minutes (and of an addendum): the notulis submits a draft, the chair or a
 * secretariat approver approves it or sends it back to draft with a reason. Approved is final.
 */
public enum MinutesStatus {
    DRAF, DIAJUKAN, DISAHKAN;

    private static final Map<MinutesStatus, Set<MinutesStatus>> NEXT = Map.of(
            DRAF, Set.of(DIAJUKAN),
            DIAJUKAN, Set.of(DISAHKAN, DRAF),
            DISAHKAN, Set.of());

    public boolean canGoTo(MinutesStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @throws MeetingRuleViolation unless the workflow allows the step */
    public MinutesStatus to(MinutesStatus next) {
        if (!canGoTo(next)) {
            throw new MeetingRuleViolation(MeetingProblem.ILLEGAL_TRANSITION, this, next);
        }
        return next;
    }

    public boolean editable() {
        return this == DRAF;
    }
}
