package id.deskpilkada.meeting.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as its page shows it: schedule (local times), participants, agenda with minutes, reports and
 * decisions, its action items, the open ones carried over from earlier meetings, addenda and what the
 * caller may do with it.
 */
public record MeetingView(MeetingSummary summary, long version, String onlineLink, String chairName,
                          String chairPosition, String chairUsername, String minuteTakerName,
                          String minuteTakerUsername, String returnReason, LocalDateTime approvedAtLocal,
                          String approvedBy, String contentHash, int attendancePercent,
                          List<ParticipantView> participants, List<AgendaItemView> agenda,
                          List<ActionItemView> actionItems, List<ActionItemView> carriedOver,
                          List<AddendumView> addenda, boolean editable, boolean mayEdit, boolean maySubmit,
                          boolean mayApprove, boolean mayAmend, boolean mayApproveAddenda) {

    public record ParticipantView(UUID id, UUID agencyId, String agencyName, String attendance,
                                  String representative, String representativePosition, boolean walkIn) {
    }

    public record AgendaItemView(UUID id, int ordinal, String title, String minutesHtml, UUID proposalId,
                                 List<ReportView> reports, List<DecisionView> decisions) {
    }

    public record ReportView(UUID id, String agencyName, String indicator, BigDecimal value, String unit,
                             LocalDate asOf) {
    }

    public record DecisionView(UUID id, int ordinal, String text) {
    }

    public record AddendumView(UUID id, int number, String textHtml, String status, String writtenBy,
                               String approvedBy, String returnReason) {
    }
}
