package id.deskpilkada.meeting.domain;

import java.time.LocalDateTime;

/**
 * What the secretariat fills in to schedule a meeting. Times are local to the meeting's region (WIB, WITA or
 * WIT), as the invitation says them. The chair and the minute-taker may have portal accounts (their usernames):
 * the minute-taker submits the minutes, the chair may approve them.
 */
public record MeetingDetails(String title, MeetingType type, MeetingMode mode, String place, String onlineLink,
                             LocalDateTime localStart, LocalDateTime localEnd, String chairName,
                             String chairPosition, String chairUsername, String minuteTakerName,
                             String minuteTakerUsername) {

    /** @throws MeetingRuleViolation for the first rule the details break */
    public MeetingDetails validated() {
        if (blank(title)) {
            throw new MeetingRuleViolation(MeetingProblem.TITLE_REQUIRED);
        }
        if (localStart == null || localEnd == null || !localEnd.isAfter(localStart)) {
            throw new MeetingRuleViolation(MeetingProblem.END_BEFORE_START);
        }
        MeetingMode m = mode == null ? MeetingMode.TATAP_MUKA : mode;
        if (m.needsLink() && blank(onlineLink)) {
            throw new MeetingRuleViolation(MeetingProblem.LINK_REQUIRED);
        }
        if (m.needsPlace() && blank(place)) {
            throw new MeetingRuleViolation(MeetingProblem.PLACE_REQUIRED);
        }
        return new MeetingDetails(title.strip(), type == null ? MeetingType.RAKOR : type, m, strip(place),
                strip(onlineLink), localStart, localEnd, strip(chairName), strip(chairPosition),
                strip(chairUsername), strip(minuteTakerName), strip(minuteTakerUsername));
    }

    /** The same details a number of weeks later (a weekly series). */
    public MeetingDetails weeksLater(int weeks) {
        return new MeetingDetails(title, type, mode, place, onlineLink, localStart.plusWeeks(weeks),
                localEnd.plusWeeks(weeks), chairName, chairPosition, chairUsername, minuteTakerName,
                minuteTakerUsername);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
