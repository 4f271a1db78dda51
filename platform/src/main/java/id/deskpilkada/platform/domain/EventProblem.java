package id.deskpilkada.platform.domain;

/** What an administrator can run into on the events page; pages say it from {@code events.problem.<NAME>}. */
public enum EventProblem implements ProblemCode {
    DEAD_LETTER_GONE("Message {0} is no longer on the dead-letter queue (replayed or removed meanwhile)"),
    BROKER_UNREACHABLE("The broker cannot be reached: {0}");

    private final String english;

    EventProblem(String english) {
        this.english = english;
    }

    @Override
    public String keyPrefix() {
        return "events.problem.";
    }

    @Override
    public String englishPattern() {
        return english;
    }
}
