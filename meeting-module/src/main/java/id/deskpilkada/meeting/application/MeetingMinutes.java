package id.deskpilkada.meeting.application;

import id.deskpilkada.meeting.domain.ActionItem;
import id.deskpilkada.meeting.domain.AgendaItem;
import id.deskpilkada.meeting.domain.AgencyReport;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MeetingProblem;
import id.deskpilkada.meeting.domain.MeetingRuleViolation;
import id.deskpilkada.meeting.domain.ProposedAgendaItem;
import id.deskpilkada.meeting.persistence.ActionItemRepository;
import id.deskpilkada.meeting.persistence.ProposedAgendaItemRepository;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.agency.Agency;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * What the secretariat writes into a meeting while its minutes are a draft: the agenda (also from proposals
 * of other modules), the minutes per item, agency reports, decisions and action items.
 */
@ApplicationScoped
@Transactional
public class MeetingMinutes {

    private final Clock clock = Clock.systemUTC();

    @Inject
    MeetingAccess access;

    @Inject
    ActionItemRepository actionItems;

    @Inject
    ProposedAgendaItemRepository proposals;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    public UUID addAgendaItem(UUID meetingId, String title) {
        Meeting meeting = access.editable(meetingId);
        AgendaItem item = meeting.addAgendaItem(title, null);
        record(meeting, "meeting.agendaAdded", null, Map.of("item", item.title()));
        return item.id();
    }

    /** Takes a proposal of another module into the agenda, with a link back to it. */
    public UUID acceptProposal(UUID meetingId, UUID proposalId, String title) {
        Meeting meeting = access.editable(meetingId);
        ProposedAgendaItem proposal = pendingProposalFor(meeting, proposalId);
        proposal.accept();
        AgendaItem item = meeting.addAgendaItem(title, proposal.id());
        record(meeting, "meeting.proposalAccepted", null, Map.of("item", item.title(), "proposal",
                proposal.id().toString()));
        return item.id();
    }

    public void dropProposal(UUID meetingId, UUID proposalId) {
        Meeting meeting = access.editable(meetingId);
        ProposedAgendaItem proposal = pendingProposalFor(meeting, proposalId);
        proposal.drop();
        record(meeting, "meeting.proposalDropped", Map.of("proposal", proposal.id().toString()), null);
    }

    public void renameAgendaItem(UUID meetingId, UUID itemId, String title) {
        Meeting meeting = access.editable(meetingId);
        String before = meeting.item(itemId).title();
        meeting.renameAgendaItem(itemId, title);
        record(meeting, "meeting.agendaRenamed", Map.of("item", before), Map.of("item", title.strip()));
    }

    public void removeAgendaItem(UUID meetingId, UUID itemId) {
        Meeting meeting = access.editable(meetingId);
        if (actionItems.ofMeeting(meetingId).stream().anyMatch(a -> a.agendaItemId().equals(itemId))) {
            throw new MeetingRuleViolation(MeetingProblem.AGENDA_HAS_ACTION_ITEMS);
        }
        String title = meeting.item(itemId).title();
        meeting.removeAgendaItem(itemId);
        record(meeting, "meeting.agendaRemoved", Map.of("item", title), null);
    }

    public void moveAgendaItem(UUID meetingId, UUID itemId, int direction) {
        Meeting meeting = access.editable(meetingId);
        meeting.moveAgendaItem(itemId, direction);
        record(meeting, "meeting.agendaMoved", null, Map.of("item", meeting.item(itemId).title(),
                "position", meeting.item(itemId).ordinal()));
    }

    /** Stores the item's minutes, sanitized: no script or event handler survives. */
    public void writeMinutes(UUID meetingId, UUID itemId, String html) {
        Meeting meeting = access.editable(meetingId);
        String before = meeting.item(itemId).minutesHtml();
        meeting.writeMinutes(itemId, html);
        String after = meeting.item(itemId).minutesHtml();
        record(meeting, "meeting.minutesWritten", before == null ? null : Map.of("minutes", before),
                after == null ? null : Map.of("minutes", after));
    }

    public UUID addReport(UUID meetingId, UUID itemId, UUID agencyId, String indicator, BigDecimal value,
                          String unit, LocalDate asOf) {
        Meeting meeting = access.editable(meetingId);
        Agency agency = access.agencyAround(meeting.regionCode(), agencyId);
        AgencyReport report = meeting.addReport(itemId, agency.id(), agency.name(), indicator, value, unit, asOf);
        record(meeting, "meeting.reported", null, Map.of("agency", agency.name(), "indicator", report.indicator(),
                "value", report.value().toPlainString(), "asOf", report.asOf().toString()));
        return report.id();
    }

    public void removeReport(UUID meetingId, UUID itemId, UUID reportId) {
        Meeting meeting = access.editable(meetingId);
        meeting.removeReport(itemId, reportId);
        record(meeting, "meeting.reportRemoved", Map.of("report", reportId.toString()), null);
    }

    public UUID decide(UUID meetingId, UUID itemId, String text) {
        Meeting meeting = access.editable(meetingId);
        UUID decision = meeting.decide(itemId, text).id();
        record(meeting, "meeting.decided", null, Map.of("decision", text.strip()));
        return decision;
    }

    public void removeDecision(UUID meetingId, UUID itemId, UUID decisionId) {
        Meeting meeting = access.editable(meetingId);
        meeting.removeDecision(itemId, decisionId);
        record(meeting, "meeting.decisionRemoved", Map.of("decision", decisionId.toString()), null);
    }

    /** An action item for an agency of the meeting's region (or above or below it); told to that agency. */
    public UUID assign(UUID meetingId, UUID itemId, String description, UUID ownerAgencyId, String personInCharge,
                       LocalDate dueDate) {
        Meeting meeting = access.editable(meetingId);
        if (ownerAgencyId == null) {
            throw new MeetingRuleViolation(MeetingProblem.ACTION_OWNER_REQUIRED);
        }
        Agency owner = access.agencyAround(meeting.regionCode(), ownerAgencyId);
        ActionItem item = new ActionItem(meeting, itemId, description, owner.id(), owner.name(), personInCharge,
                dueDate, LocalDateTime.now(clock));
        actionItems.add(item);
        audit.record("actionItem.assigned", "actionItem", item.id().toString(), meeting.regionCode(), null,
                Map.of("description", item.description(), "owner", owner.name(), "due", dueDate.toString()));
        events.publish(new ActionItemAssigned(item.id(), meetingId, meeting.regionCode(), item.description(),
                owner.id(), owner.name(), owner.type().name(), dueDate));
        return item.id();
    }

    private ProposedAgendaItem pendingProposalFor(Meeting meeting, UUID proposalId) {
        ProposedAgendaItem proposal = proposals.find(proposalId)
                .orElseThrow(() -> new IllegalArgumentException("No proposal " + proposalId));
        if (!RegionCode.within(proposal.regionCode(), meeting.regionCode())) {
            throw new IllegalArgumentException("Proposal " + proposalId + " concerns " + proposal.regionCode()
                    + ", not the region of meeting " + meeting.id());
        }
        if (proposal.status() != ProposedAgendaItem.Status.DIUSULKAN) {
            throw new MeetingRuleViolation(MeetingProblem.PROPOSAL_DECIDED);
        }
        return proposal;
    }

    private void record(Meeting meeting, String action, Object before, Object after) {
        audit.record(action, "meeting", meeting.id().toString(), meeting.regionCode(), before, after);
    }
}
