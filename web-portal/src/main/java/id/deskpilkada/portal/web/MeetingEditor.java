package id.deskpilkada.portal.web;

import id.deskpilkada.meeting.application.ActionItems;
import id.deskpilkada.meeting.application.AgencyChoice;
import id.deskpilkada.meeting.application.AgendaProposal;
import id.deskpilkada.meeting.application.AgendaProposals;
import id.deskpilkada.meeting.application.MeetingMinutes;
import id.deskpilkada.meeting.application.MeetingPlanner;
import id.deskpilkada.meeting.application.MeetingQueries;
import id.deskpilkada.meeting.application.MeetingSummary;
import id.deskpilkada.meeting.application.MeetingView;
import id.deskpilkada.meeting.application.MinutesApproval;
import id.deskpilkada.meeting.application.ScheduleOutcome;
import id.deskpilkada.meeting.domain.ActionItemStatus;
import id.deskpilkada.meeting.domain.Attendance;
import id.deskpilkada.meeting.domain.MeetingMode;
import id.deskpilkada.meeting.domain.MeetingType;
import id.deskpilkada.platform.application.region.RegionDirectory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The meeting page: schedules a new meeting, or shows one with its participants, agenda, minutes, reports,
 * decisions, action items, proposals from other modules, the approval and the documents. Every action goes
 * through the module's services, which check role, jurisdiction and the state of the minutes again.
 */
@Named
@ViewScoped
public class MeetingEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int AGENCY_CHOICES = 200;

    @Inject
    transient MeetingQueries queries;

    @Inject
    transient MeetingPlanner planner;

    @Inject
    transient MeetingMinutes minutes;

    @Inject
    transient MinutesApproval approval;

    @Inject
    transient ActionItems actionItems;

    @Inject
    transient AgendaProposals proposals;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient ChangeFeedback changes;

    private String id;
    private MeetingView view;
    private final ScheduleForm schedule = new ScheduleForm();
    private List<AgencyChoice> agencyChoices = List.of();
    private List<AgendaProposal> pendingProposals = List.of();
    private List<MeetingSummary> overlaps = List.of();
    private final Map<UUID, ItemDraft> drafts = new HashMap<>();
    private final Map<UUID, String> attendance = new HashMap<>();
    private final Map<UUID, String> representative = new HashMap<>();
    private final Map<UUID, String> position = new HashMap<>();
    private String inviteAgency;
    private String walkInName;
    private String walkInPerson;
    private String walkInPosition;
    private String newAgendaTitle;
    private String returnReason;
    private String addendumText;
    private final Map<UUID, String> progressNote = new HashMap<>();
    private final Map<UUID, String> progressStatus = new HashMap<>();

    /** Called by f:viewAction with the id parameter (none: a new meeting). */
    public void load() {
        if (id == null || id.isBlank()) {
            return;
        }
        reload();
        schedule.fill(view);
        // the agencies around a meeting's region do not change while its page is open
        agencyChoices = queries.agenciesAround(view.summary().regionCode(), "", AGENCY_CHOICES);
    }

    private void reload() {
        view = queries.view(meetingId());
        pendingProposals = view.editable() ? proposals.pending(view.summary().regionCode(), 0, 50) : List.of();
        drafts.clear();
        view.agenda().forEach(i -> drafts.put(i.id(), new ItemDraft(i.minutesHtml())));
        view.participants().forEach(p -> {
            attendance.put(p.id(), p.attendance());
            representative.put(p.id(), p.representative());
            position.put(p.id(), p.representativePosition());
        });
    }

    public boolean isNew() {
        return view == null;
    }

    // ---- schedule

    public String scheduleMeeting() {
        return act(() -> {
            String region = RegionChoice.codeOf(schedule.getRegion());
            ScheduleOutcome outcome = planner.schedule(region == null ? "" : region, schedule.details(),
                    schedule.getInvited().stream().map(UUID::fromString).toList(), schedule.getWeeks());
            overlaps = outcome.overlaps();
            feedback.info("meeting.saved.scheduled", outcome.meetingIds().size());
            id = outcome.meetingIds().get(0).toString();
        }) ? "/meeting/edit?faces-redirect=true&id=" + id : null;
    }

    public void saveSchedule() {
        act(() -> {
            overlaps = planner.reschedule(meetingId(), schedule.details());
            feedback.info("meeting.saved.schedule");
        });
    }

    /** Agencies for the invitation list of a new meeting: those around the chosen region. */
    public void regionChosen() {
        String region = RegionChoice.codeOf(schedule.getRegion());
        agencyChoices = region == null ? List.of() : queries.agenciesAround(region, "", AGENCY_CHOICES);
    }

    public List<String> completeRegion(String query) {
        return RegionChoice.suggestions(regions, query, RegionChoice.DESK_LEVELS);
    }

    // ---- participants

    public void invite() {
        act(() -> planner.invite(meetingId(), UUID.fromString(inviteAgency)));
        inviteAgency = null;
    }

    public void addWalkIn() {
        act(() -> planner.addWalkIn(meetingId(), null, walkInName, walkInPerson, walkInPosition));
        walkInName = null;
        walkInPerson = null;
        walkInPosition = null;
    }

    public void saveAttendance(UUID participantId) {
        String chosen = attendance.get(participantId);
        act(() -> planner.recordAttendance(meetingId(), participantId,
                chosen == null || chosen.isBlank() ? null : Attendance.valueOf(chosen),
                representative.get(participantId), position.get(participantId)));
    }

    public void removeParticipant(UUID participantId) {
        act(() -> planner.removeParticipant(meetingId(), participantId));
    }

    // ---- agenda and minutes

    public void addAgendaItem() {
        act(() -> minutes.addAgendaItem(meetingId(), newAgendaTitle));
        newAgendaTitle = null;
    }

    public void acceptProposal(AgendaProposal proposal) {
        act(() -> minutes.acceptProposal(meetingId(), proposal.id(), proposal.reference()
                + (proposal.reason() == null ? "" : " (" + proposal.reason() + ")")));
    }

    public void dropProposal(UUID proposalId) {
        act(() -> minutes.dropProposal(meetingId(), proposalId));
    }

    public void moveItem(UUID itemId, int direction) {
        act(() -> minutes.moveAgendaItem(meetingId(), itemId, direction));
    }

    public void removeItem(UUID itemId) {
        act(() -> minutes.removeAgendaItem(meetingId(), itemId));
    }

    public void saveMinutes(UUID itemId) {
        String html = drafts.get(itemId).getMinutes();
        act(() -> {
            minutes.writeMinutes(meetingId(), itemId, html);
            feedback.info("meeting.saved.minutes");
        });
    }

    public void addReport(UUID itemId) {
        ItemDraft d = drafts.get(itemId);
        act(() -> minutes.addReport(meetingId(), itemId, uuidOrNull(d.getReportAgency()), d.getIndicator(),
                d.getValue(), d.getUnit(), d.getAsOf()));
    }

    public void removeReport(UUID itemId, UUID reportId) {
        act(() -> minutes.removeReport(meetingId(), itemId, reportId));
    }

    public void decide(UUID itemId) {
        act(() -> minutes.decide(meetingId(), itemId, drafts.get(itemId).getDecision()));
    }

    public void removeDecision(UUID itemId, UUID decisionId) {
        act(() -> minutes.removeDecision(meetingId(), itemId, decisionId));
    }

    public void assign(UUID itemId) {
        ItemDraft d = drafts.get(itemId);
        act(() -> minutes.assign(meetingId(), itemId, d.getActionDescription(), uuidOrNull(d.getActionOwner()),
                d.getActionPerson(), d.getActionDue()));
    }

    public void progress(UUID actionItemId, long version) {
        String status = progressStatus.get(actionItemId);
        act(() -> actionItems.progress(actionItemId, version,
                status == null || status.isBlank() ? null : ActionItemStatus.valueOf(status),
                progressNote.get(actionItemId)));
        progressNote.remove(actionItemId);
        progressStatus.remove(actionItemId);
    }

    // ---- approval

    public void submit() {
        act(() -> {
            approval.submit(meetingId());
            feedback.info("minutes.saved.submitted");
        });
    }

    public void approve() {
        act(() -> {
            approval.approve(meetingId());
            feedback.info("minutes.saved.approved");
        });
    }

    public void returnToDraft() {
        act(() -> approval.returnToDraft(meetingId(), returnReason));
        returnReason = null;
    }

    public void addAddendum() {
        act(() -> approval.addAddendum(meetingId(), addendumText));
        addendumText = null;
    }

    public void submitAddendum(UUID addendumId) {
        act(() -> approval.submitAddendum(meetingId(), addendumId));
    }

    public void approveAddendum(UUID addendumId) {
        act(() -> approval.approveAddendum(meetingId(), addendumId));
    }

    /** Runs a change through {@link ChangeFeedback} and, when it went through, shows the meeting as it is now. */
    private boolean act(Runnable change) {
        boolean done = changes.attempt(change);
        if (done && id != null) {
            reload();
        }
        return done;
    }

    private UUID meetingId() {
        return UUID.fromString(id);
    }

    private static UUID uuidOrNull(String s) {
        return s == null || s.isBlank() ? null : UUID.fromString(s);
    }

    // ---- page data

    public List<MeetingType> getTypes() {
        return Arrays.asList(MeetingType.values());
    }

    public List<MeetingMode> getModes() {
        return Arrays.asList(MeetingMode.values());
    }

    public List<Attendance> getAttendances() {
        return Arrays.asList(Attendance.values());
    }

    public List<ActionItemStatus> getActionStatuses() {
        return Arrays.asList(ActionItemStatus.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingView getView() {
        return view;
    }

    public ScheduleForm getSchedule() {
        return schedule;
    }

    public List<AgencyChoice> getAgencyChoices() {
        return agencyChoices;
    }

    public List<AgendaProposal> getPendingProposals() {
        return pendingProposals;
    }

    public List<MeetingSummary> getOverlaps() {
        return overlaps;
    }

    public Map<UUID, ItemDraft> getDrafts() {
        return drafts;
    }

    public Map<UUID, String> getAttendance() {
        return attendance;
    }

    public Map<UUID, String> getRepresentative() {
        return representative;
    }

    public Map<UUID, String> getPosition() {
        return position;
    }

    public Map<UUID, String> getProgressNote() {
        return progressNote;
    }

    public Map<UUID, String> getProgressStatus() {
        return progressStatus;
    }

    public String getInviteAgency() {
        return inviteAgency;
    }

    public void setInviteAgency(String inviteAgency) {
        this.inviteAgency = inviteAgency;
    }

    public String getWalkInName() {
        return walkInName;
    }

    public void setWalkInName(String walkInName) {
        this.walkInName = walkInName;
    }

    public String getWalkInPerson() {
        return walkInPerson;
    }

    public void setWalkInPerson(String walkInPerson) {
        this.walkInPerson = walkInPerson;
    }

    public String getWalkInPosition() {
        return walkInPosition;
    }

    public void setWalkInPosition(String walkInPosition) {
        this.walkInPosition = walkInPosition;
    }

    public String getNewAgendaTitle() {
        return newAgendaTitle;
    }

    public void setNewAgendaTitle(String newAgendaTitle) {
        this.newAgendaTitle = newAgendaTitle;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getAddendumText() {
        return addendumText;
    }

    public void setAddendumText(String addendumText) {
        this.addendumText = addendumText;
    }
}
