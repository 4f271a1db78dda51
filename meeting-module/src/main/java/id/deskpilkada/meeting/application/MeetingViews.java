package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.application.MeetingView.AddendumView;
import id.deskpilkada.meeting.application.MeetingView.AgendaItemView;
import id.deskpilkada.meeting.application.MeetingView.DecisionView;
import id.deskpilkada.meeting.application.MeetingView.ParticipantView;
import id.deskpilkada.meeting.application.MeetingView.ReportView;
import id.deskpilkada.meeting.domain.ActionItem;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MinutesStatus;
import id.deskpilkada.meeting.persistence.MeetingRepository;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the read-only views of meetings and action items from the model. */
final class MeetingViews {

    private MeetingViews() {
    }

    static MeetingView of(Meeting m, List<ActionItem> own, List<ActionItem> carried, Map<UUID, String> titles,
                          boolean mayEdit, boolean mayApprove) {
        List<ParticipantView> participants = m.participants().stream()
                .map(p -> new ParticipantView(p.id(), p.agencyId(), p.agencyName(),
                        p.attendance() == null ? null : p.attendance().name(), p.representative(),
                        p.representativePosition(), p.walkIn())).toList();
        List<AgendaItemView> agenda = m.agenda().stream()
                .map(i -> new AgendaItemView(i.id(), i.ordinal(), i.title(), i.minutesHtml(), i.proposalId(),
                        i.reports().stream().map(r -> new ReportView(r.id(), r.agencyName(), r.indicator(),
                                r.value(), r.unit(), r.asOf())).toList(),
                        i.decisions().stream().map(d -> new DecisionView(d.id(), d.ordinal(), d.text())).toList()))
                .toList();
        List<AddendumView> addenda = m.addenda().stream()
                .map(a -> new AddendumView(a.id(), a.number(), a.textHtml(), a.status().name(), a.writtenBy(),
                        a.approvedBy(), a.returnReason())).toList();
        return new MeetingView(MeetingQueries.summary(m), m.version(), m.onlineLink(), m.chairName(),
                m.chairPosition(), m.chairUsername(), m.minuteTakerName(), m.minuteTakerUsername(),
                m.returnReason(), m.approvedAtLocal(), m.approvedBy(), m.contentHash(), m.attendancePercent(),
                participants, agenda, own.stream().map(a -> actionItem(a, titles)).toList(),
                carried.stream().map(a -> actionItem(a, titles)).toList(), addenda, m.editable(),
                mayEdit && m.editable(), mayEdit && m.minutesStatus() == MinutesStatus.DRAF,
                mayApprove && m.minutesStatus() == MinutesStatus.DIAJUKAN,
                mayEdit && m.minutesStatus() == MinutesStatus.DISAHKAN,
                mayApprove && m.minutesStatus() == MinutesStatus.DISAHKAN);
    }

    /** The titles of the meetings the items come from, one lookup per meeting. */
    static Map<UUID, String> meetingTitles(List<ActionItem> items, MeetingRepository meetings) {
        Map<UUID, String> titles = new java.util.HashMap<>();
        items.forEach(a -> titles.computeIfAbsent(a.meetingId(),
                id -> meetings.find(id).map(Meeting::title).orElse("")));
        return titles;
    }

    static ActionItemView actionItem(ActionItem a, Map<UUID, String> meetingTitles) {
        LocalDate today = LocalDate.now(IndonesianTimeZone.forRegion(a.regionCode()).zone());
        return new ActionItemView(a.id(), a.meetingId(), a.agendaItemId(), meetingTitles.getOrDefault(a.meetingId(), ""),
                a.regionCode(), a.description(), a.ownerAgencyId(), a.ownerAgencyName(), a.personInCharge(),
                a.dueDate(), a.status().name(), a.overdueOn(today), a.version(),
                a.notes().stream().map(n -> new ActionItemView.Note(n.atUtc().toLocalDate(), n.author(),
                        n.statusAfter().name(), n.text())).toList());
    }
}
