package id.deskpilkada.desk.domain;

import id.deskpilkada.platform.domain.ProblemCode;

/** A rule a desk request breaks; pages say it from {@code desk.problem.<NAME>}, REST answers 400. */
public enum DeskProblem implements ProblemCode {
    UNKNOWN_REGION("Unknown region {0}"),
    UNKNOWN_ELECTION("No election {0}"),
    UNKNOWN_STAGE("No stage {0}"),
    STAGE_NAME_REQUIRED("A stage needs a name"),
    NAME_TOO_LONG("A name may have at most {0} characters"),
    DONE_IN_FUTURE("A stage cannot be done on {0}, a day that has not come yet"),
    DONE_DATE_REQUIRED("Say on which day the stage was done"),
    CONCURRENT_CHANGE("{0} was changed by somebody else; reload it");

    private final String english;

    DeskProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "desk.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
