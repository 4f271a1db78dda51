package id.deskpilkada.meeting.domain;

import id.deskpilkada.platform.domain.ProblemCode;

/**
 * A rule a meeting request breaks. Pages say it in the user's language from the key
 * {@code meeting.problem.<NAME>}; the English text serves the log and the REST API.
 */
public enum MeetingProblem implements ProblemCode {
    TITLE_REQUIRED("A meeting needs a title"),
    END_BEFORE_START("The meeting ends before it starts"),
    LINK_REQUIRED("An online or hybrid meeting needs its link"),
    PLACE_REQUIRED("A meeting in person needs a place"),
    UNKNOWN_AGENCY("Unknown agency {0}"),
    AGENCY_OUTSIDE_REGION("Agency {0} is outside the meeting region''s scope"),
    ALREADY_INVITED("{0} is already invited"),
    SERIES_TOO_LONG("A weekly series may hold at most {0} meetings"),
    MINUTES_LOCKED("The minutes are {0}: they can no longer be edited"),
    NO_MINUTES("Minutes cannot be submitted or approved without any written agenda item"),
    ILLEGAL_TRANSITION("The minutes cannot go from {0} to {1}"),
    REASON_REQUIRED("Returning minutes to draft needs a reason"),
    NOT_MINUTE_TAKER("Only the minute-taker {0} or the secretariat may submit the minutes"),
    AGENDA_TITLE_REQUIRED("An agenda item needs a title"),
    AGENDA_HAS_ACTION_ITEMS("The agenda item has action items: it cannot be removed"),
    REPORT_INVALID("A report needs an indicator and a numeric value"),
    ACTION_DESCRIPTION_REQUIRED("An action item needs a description"),
    ACTION_OWNER_REQUIRED("An action item needs an owner agency"),
    ACTION_DUE_REQUIRED("An action item needs a due date"),
    ACTION_CLOSED("The action item is {0}: it cannot change any more"),
    ADDENDUM_ONLY_AFTER_APPROVAL("An addendum corrects approved minutes only"),
    ADDENDUM_TEXT_REQUIRED("An addendum needs a text"),
    PROPOSAL_DECIDED("The proposal was already accepted or dropped");

    private final String english;

    MeetingProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "meeting.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
