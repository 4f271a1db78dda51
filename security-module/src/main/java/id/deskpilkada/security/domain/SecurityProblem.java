package id.deskpilkada.security.domain;

import id.deskpilkada.platform.domain.ProblemCode;

/** A rule a security request breaks; pages say it from {@code security.problem.<NAME>}, REST answers 400/409. */
public enum SecurityProblem implements ProblemCode {
    UNKNOWN_CATEGORY("Unknown vulnerability category {0}; use kurang rawan, rawan, sangat rawan or khusus"),
    UNKNOWN_INDICATOR("Unknown vulnerability indicator {0}"),
    UNKNOWN_TPS("No TPS {1} in {0}"),
    NEGATIVE_PERSONNEL("Personnel numbers cannot be negative: {0}"),
    NO_TPS_PER_TEAM("A team must cover at least one TPS ({0})"),
    BAD_WEIGHT("Weights must be positive: {0}"),
    BAD_SCORE("Scores lie between 0 and 100: {0}"),
    BAD_THRESHOLDS("The threshold for tinggi ({1}) must lie above the one for sedang ({0}), both within 0–100"),
    ILLEGAL_TRANSITION("An incident cannot go from {0} to {1}"),
    REASON_REQUIRED("Rejecting an incident needs a reason"),
    CANNOT_ESCALATE("Incident {0} is already at the national desk or closed"),
    ATTACHMENT_TOO_LARGE("The attachment {0} is larger than {1} MB"),
    ATTACHMENT_TYPE("The attachment {0} is not a photo (JPEG, PNG) or a PDF document"),
    TITLE_REQUIRED("An incident needs a short title"),
    NOTE_REQUIRED("A note cannot be empty"),
    TEAM_REQUIRED("Name the escort team"),
    BAD_COORDINATES("Coordinates {0}, {1} do not lie in Indonesia (latitude −11…6, longitude 95…141)"),
    OCCURRED_IN_FUTURE("The incident time lies in the future"),
    CONCURRENT_CHANGE("{0} was changed by somebody else; reload it"),
    DUPLICATE_CODE("Code {0} is already used"),
    NOT_PROPOSED("Escort task {0} is not waiting for confirmation"),
    ESCORT_TIME("The escort must start before the shipment''s ETA ({0})");

    private final String english;

    SecurityProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "security.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
