package id.deskpilkada.platform.domain.notification;

import id.deskpilkada.platform.domain.ProblemCode;

/** What a reader can get wrong with notifications; pages say it from {@code notification.problem.<NAME>}. */
public enum NotificationProblem implements ProblemCode {
    UNKNOWN_NOTIFICATION("There is no notification {0} for you");

    private final String english;

    NotificationProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "notification.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
