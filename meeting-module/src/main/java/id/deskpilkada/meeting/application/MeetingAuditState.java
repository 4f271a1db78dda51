package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.Meeting;

/** The schedule of a meeting as the audit trail records it before and after a change. */
public record MeetingAuditState(String title, String type, String mode, String place, String onlineLink,
                                String start, String end, String timeZone, String chair, String minuteTaker,
                                String minutesStatus) {

    static MeetingAuditState of(Meeting m) {
        return new MeetingAuditState(m.title(), m.type().name(), m.mode().name(), m.place(), m.onlineLink(),
                m.localStart().toString(), m.localEnd().toString(), m.timeZone().name(), m.chairName(),
                m.minuteTakerName(), m.minutesStatus().name());
    }
}
