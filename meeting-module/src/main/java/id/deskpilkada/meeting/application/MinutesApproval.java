package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ActionItem;
import id.deskpilkada.meeting.domain.Addendum;
import id.deskpilkada.meeting.domain.AgencyReport;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MinutesCanonicalForm;
import id.deskpilkada.meeting.domain.MinutesStatus;
import id.deskpilkada.meeting.persistence.ActionItemRepository;
import id.deskpilkada.meeting.persistence.MeetingRepository;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.meeting.FigureReported;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The approval of minutes and addenda: the notulis (secretariat) submits, the chair or the secretariat
 * approves or returns with a reason. Approval locks the minutes and stores the SHA-256 of their canonical form,
 * which the public verification page recomputes, and publishes {@code meeting.MinutesApproved} with one
 * {@code meeting.FigureReported} per agency report in them.
 */
@ApplicationScoped
@Transactional
public class MinutesApproval {

    private final Clock clock = Clock.systemUTC();

    @Inject
    MeetingAccess access;

    @Inject
    MeetingRepository meetings;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    public void submit(UUID meetingId) {
        Meeting meeting = access.editable(meetingId);
        meeting.submitMinutes();
        transition(meeting, "minutes.submitted", MinutesStatus.DRAF, null);
    }

    public String approve(UUID meetingId) {
        Meeting meeting = approvable(meetingId);
        List<ActionItem> items = actionItems.ofMeeting(meetingId);
        int decisions = meeting.agenda().stream().mapToInt(i -> i.decisions().size()).sum();
        meeting.approveMinutes(access.actor(), MinutesCanonicalForm.hash(meeting, items), LocalDateTime.now(clock));
        transition(meeting, "minutes.approved", MinutesStatus.DIAJUKAN, meeting.contentHash());
        events.publish(new MinutesApproved(meetingId, meeting.regionCode(), meeting.title(), meeting.contentHash(),
                decisions, items.size()));
        figuresOf(meeting).forEach(events::publish);
        return meeting.contentHash();
    }

    public void returnToDraft(UUID meetingId, String reason) {
        Meeting meeting = approvable(meetingId);
        meeting.returnMinutesToDraft(reason);
        transition(meeting, "minutes.returned", MinutesStatus.DIAJUKAN, reason);
    }

    public UUID addAddendum(UUID meetingId, String html) {
        Meeting meeting = access.editable(meetingId);
        Addendum addendum = meeting.addAddendum(html, access.actor());
        audit.record("addendum.written", "meeting", meetingId.toString(), meeting.regionCode(), null,
                Map.of("number", addendum.number(), "text", addendum.textHtml()));
        return addendum.id();
    }

    public void submitAddendum(UUID meetingId, UUID addendumId) {
        Meeting meeting = access.editable(meetingId);
        meeting.addendum(addendumId).submit();
        addendumTransition(meeting, addendumId, "addendum.submitted", null);
    }

    public void approveAddendum(UUID meetingId, UUID addendumId) {
        Meeting meeting = approvable(meetingId);
        meeting.addendum(addendumId).approve(access.actor(), LocalDateTime.now(clock));
        addendumTransition(meeting, addendumId, "addendum.approved", null);
    }

    public void returnAddendum(UUID meetingId, UUID addendumId, String reason) {
        Meeting meeting = approvable(meetingId);
        meeting.addendum(addendumId).returnToDraft(reason);
        addendumTransition(meeting, addendumId, "addendum.returned", reason);
    }

    /**
     * The public verification behind the notula's QR code: no login, and it tells only title, date and status.
     * Recomputes the hash of the stored minutes, so a row changed behind the application is noticed too.
     */
    public Optional<Verification> verify(UUID meetingId, String claimedHash) {
        return meetings.find(meetingId).map(meeting -> {
            boolean approved = meeting.minutesStatus() == MinutesStatus.DISAHKAN;
            boolean intact = approved && meeting.contentHash().equals(
                    MinutesCanonicalForm.hash(meeting, actionItems.ofMeeting(meetingId)));
            boolean matches = intact && meeting.contentHash().equalsIgnoreCase(claimedHash == null ? ""
                    : claimedHash.strip());
            return new Verification(meeting.title(), meeting.localStart().toLocalDate(), meeting.timeZone().name(),
                    meeting.minutesStatus().name(), matches);
        });
    }

    /** Every figure the agencies reported, in agenda order: published once the minutes holding them are approved. */
    static List<FigureReported> figuresOf(Meeting meeting) {
        return meeting.agenda().stream().flatMap(item -> item.reports().stream()).map(MinutesApproval::reported)
                .toList();
    }

    private static FigureReported reported(AgencyReport report) {
        return new FigureReported(report.meetingId(), report.regionCode(), report.agencyName(), report.indicator(),
                report.value(), report.unit(), report.asOf());
    }

    private Meeting approvable(UUID meetingId) {
        Meeting meeting = meetings.findForUpdate(meetingId)
                .orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
        if (!access.mayApprove(meeting)) {
            throw new AccessDeniedException("Only the chair or the secretariat of " + meeting.regionCode()
                    + " approves these minutes");
        }
        return meeting;
    }

    private void transition(Meeting meeting, String action, MinutesStatus from, String detail) {
        audit.record(action, "meeting", meeting.id().toString(), meeting.regionCode(), Map.of("status", from.name()),
                detail == null ? Map.of("status", meeting.minutesStatus().name())
                        : Map.of("status", meeting.minutesStatus().name(), "detail", detail));
    }

    private void addendumTransition(Meeting meeting, UUID addendumId, String action, String reason) {
        Addendum addendum = meeting.addendum(addendumId);
        audit.record(action, "meeting", meeting.id().toString(), meeting.regionCode(), null,
                reason == null ? Map.of("addendum", addendum.number(), "status", addendum.status().name())
                        : Map.of("addendum", addendum.number(), "status", addendum.status().name(), "reason", reason));
    }

    /** What the public verification page shows. */
    public record Verification(String title, java.time.LocalDate date, String timeZone, String status,
                               boolean matches) {
    }
}
