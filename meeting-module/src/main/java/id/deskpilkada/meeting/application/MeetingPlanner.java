package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.Attendance;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MeetingDetails;
import id.deskpilkada.meeting.domain.MeetingProblem;
import id.deskpilkada.meeting.domain.MeetingRuleViolation;
import id.deskpilkada.meeting.domain.Participant;
import id.deskpilkada.meeting.persistence.MeetingRepository;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.agency.Agency;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.meeting.MeetingScheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Schedules meetings (single or a weekly series), invites agencies and records attendance. */
@ApplicationScoped
@Transactional
public class MeetingPlanner {

    /** A weekly desk through a whole Pilkada season is about half a year. */
    public static final int MAX_SERIES = 26;

    @Inject
    MeetingAccess access;

    @Inject
    MeetingRepository meetings;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    @Inject
    MeetingQueries queries;

    /**
     * @param weeks 1 for a single meeting, more for a weekly series of that many meetings
     * @param invited agencies to invite to every meeting created
     */
    public ScheduleOutcome schedule(String regionCode, MeetingDetails details, List<UUID> invited, int weeks) {
        access.requireEditorIn(regionCode);
        if (weeks < 1 || weeks > MAX_SERIES) {
            throw new MeetingRuleViolation(MeetingProblem.SERIES_TOO_LONG, MAX_SERIES);
        }
        MeetingDetails valid = details.validated();
        List<Agency> agencies = invited.stream().distinct().map(id -> access.agencyAround(regionCode, id)).toList();
        UUID series = weeks > 1 ? UUID.randomUUID() : null;
        List<UUID> ids = new ArrayList<>();
        List<MeetingSummary> overlaps = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            Meeting meeting = new Meeting(regionCode, valid.weeksLater(week), series, access.actor());
            agencies.forEach(a -> meeting.invite(a.id(), a.name()));
            meetings.add(meeting);
            overlaps.addAll(overlapsOf(meeting));
            audit.record("meeting.scheduled", "meeting", meeting.id().toString(), regionCode, null,
                    MeetingAuditState.of(meeting));
            published(meeting);
            ids.add(meeting.id());
        }
        return new ScheduleOutcome(ids, overlaps);
    }

    /** @return the meetings booked at the same place and time, for a warning */
    public List<MeetingSummary> reschedule(UUID meetingId, MeetingDetails details) {
        Meeting meeting = access.editable(meetingId);
        MeetingAuditState before = MeetingAuditState.of(meeting);
        meeting.reschedule(details);
        audit.record("meeting.rescheduled", "meeting", meetingId.toString(), meeting.regionCode(), before,
                MeetingAuditState.of(meeting));
        published(meeting);
        return overlapsOf(meeting);
    }

    public void invite(UUID meetingId, UUID agencyId) {
        Meeting meeting = access.editable(meetingId);
        Agency agency = access.agencyAround(meeting.regionCode(), agencyId);
        meeting.invite(agency.id(), agency.name());
        audit.record("meeting.invited", "meeting", meetingId.toString(), meeting.regionCode(), null,
                Map.of("agency", agency.name()));
        published(meeting);
    }

    /** A walk-in participant: from a known agency (agencyId) or only named (agencyId null, agencyName). */
    public void addWalkIn(UUID meetingId, UUID agencyId, String agencyName, String person, String position) {
        Meeting meeting = access.editable(meetingId);
        String name = agencyId == null ? agencyName : access.agencyAround(meeting.regionCode(), agencyId).name();
        Participant walkIn = meeting.addWalkIn(agencyId, name, person, position);
        audit.record("meeting.walkIn", "meeting", meetingId.toString(), meeting.regionCode(), null,
                Map.of("participant", walkIn.agencyName()));
    }

    public void recordAttendance(UUID meetingId, UUID participantId, Attendance attendance, String representative,
                                 String position) {
        Meeting meeting = access.editable(meetingId);
        meeting.recordAttendance(participantId, attendance, representative, position);
        audit.record("meeting.attendance", "meeting", meetingId.toString(), meeting.regionCode(), null,
                new AttendanceAudit(participantId.toString(), attendance == null ? null : attendance.name(),
                        representative, position));
    }

    public void removeParticipant(UUID meetingId, UUID participantId) {
        Meeting meeting = access.editable(meetingId);
        meeting.removeParticipant(participantId);
        audit.record("meeting.uninvited", "meeting", meetingId.toString(), meeting.regionCode(),
                Map.of("participant", participantId.toString()), null);
    }

    private List<MeetingSummary> overlapsOf(Meeting meeting) {
        return meetings.overlapping(meeting.place(), meeting.startsAtUtc(), meeting.endsAtUtc(), meeting.id())
                .stream().map(MeetingQueries::summary).toList();
    }

    private void published(Meeting meeting) {
        events.publish(new MeetingScheduled(meeting.id(), meeting.regionCode(), meeting.title(),
                meeting.type().name(), meeting.startsAtUtc(), meeting.endsAtUtc(),
                meeting.participants().stream().filter(p -> !p.walkIn() && p.agencyId() != null)
                        .map(Participant::agencyId).toList()));
    }

    /** Audit form of an attendance record (JSON-B reads public records). */
    public record AttendanceAudit(String participant, String attendance, String representative, String position) {
    }
}
