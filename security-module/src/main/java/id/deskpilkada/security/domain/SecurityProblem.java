package id.deskpilkada.security.domain;

import id.deskpilkada.platform.domain.ProblemCode;

/** A rule a security request breaks; pages say it from {@code security.problem.<NAME>}, REST answers 400/409. */
public enum SecurityProblem implements ProblemCode {
    UNKNOWN_CATEGORY("Unknown vulnerability category {0}; use kurang rawan, rawan, sangat rawan or khusus"),
    UNKNOWN_INDICATOR("Unknown vulnerability indicator {0}"),
    UNKNOWN_TPS("No TPS {1} in {0}"),
    NEGATIVE_PERSONNEL("Personnel numbers cannot be negative: {0}"),
    NO_TPS_PER_TEAM("A team must cover at least one TPS ({0})"),
    RULE_MISSING("The pattern has no rule for {0}"),
    NAME_REQUIRED("A name is required"),
    NAME_TOO_LONG("A name may have at most {0} characters: {1}"),
    DUPLICATE_NAME("The name {0} is already used"),
    PATTERN_ACTIVE("The active pattern {0} cannot be deleted; activate another one first"),
    NO_ACTIVE_PATTERN("No staffing pattern is active"),
    KIND_REQUIRED("Choose the kind of unit"),
    UNKNOWN_REGION("Unknown region {0}"),
    UNIT_LEVEL("A {0} unit cannot sit at {1}: Polda at a province, Polres and Kodim at a kab/kota, Polsek and"
            + " Koramil at a kecamatan, Satpol PP at a province, kab/kota or kecamatan"),
    UNKNOWN_AGENCY("Agency {0} does not exist or is not a {1}"),
    UNIT_HAS_ASSIGNMENTS("{0} still has {1} team assignments; remove them first"),
    TEAM_SIZE("A team needs at least one person: {0}"),
    CLUSTER_LEVEL("Teams are assigned to a kecamatan or a desa/kelurahan; {0} is neither"),
    OUTSIDE_UNIT_AREA("{0} lies outside the area of {1}"),
    OVER_ASSIGNED("{0} has {1} personnel with its standby; {2} are assigned already, {3} more do not fit"),
    BAD_WEIGHT("Weights must be positive: {0}"),
    BAD_SCORE("Scores lie between 0 and 100: {0}"),
    BAD_THRESHOLDS("The threshold for tinggi ({1}) must lie above the one for sedang ({0}), both within 0–100"),
    ILLEGAL_TRANSITION("An incident cannot go from {0} to {1}"),
    REASON_REQUIRED("Rejecting an incident needs a reason"),
    CANNOT_ESCALATE("Incident {0} is already at the national desk or closed"),
    ATTACHMENT_TOO_LARGE("The attachment {0} is larger than {1} MB"),
    ATTACHMENT_TYPE("The attachment {0} is not a photo (JPEG, PNG) or a PDF document"),
    TEXT_REQUIRED("The {0} is required"),
    TITLE_REQUIRED("An incident needs a short title"),
    NOTE_REQUIRED("A note cannot be empty"),
    TEAM_REQUIRED("Name the escort team"),
    BAD_COORDINATES("Coordinates {0}, {1} do not lie in Indonesia (latitude −11…6, longitude 95…141)"),
    OCCURRED_IN_FUTURE("The incident time lies in the future"),
    CONCURRENT_CHANGE("{0} was changed by somebody else; reload it"),
    DUPLICATE_CODE("Code {0} is already used"),
    NOT_PROPOSED("Escort task {0} is not waiting for confirmation"),
    ESCORT_TIME("The escort must start before the shipment''s ETA ({0})"),
    OUT_OF_SCOPE("{0} lies outside your jurisdiction"),
    DUPLICATE_ROW("TPS {1} of {0} is already in row {2} of the file"),
    MALFORMED_ROW("The row cannot be read: {0}"),
    RETIRED_INDICATOR("Indicator {0} is retired and is no longer given to a TPS"),
    BULK_REGION("An indicator is applied to one kecamatan or desa/kelurahan of at most {1} TPS at a time: {0}"),
    NOT_INDEX_REGION("The index is assessed per province or kabupaten/kota, not for {0}"),
    INDEX_NODE_IN_USE("Index node {0} still has sub-nodes or scores"),
    BAD_COUNT_RULE("A count rule needs at least one indicator: {0}");

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
