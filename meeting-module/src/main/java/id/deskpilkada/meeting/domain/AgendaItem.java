package id.deskpilkada.meeting.domain;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** One item of a meeting's agenda with its minutes (sanitized rich text), reports and decisions. */
@Entity
@Table(name = "mtg_agenda_item")
public class AgendaItem {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int ordinal;

    @Column(nullable = false)
    private String title;

    @Column(name = "minutes_html")
    private String minutesHtml;

    /** The proposal (from another module's event) this item was accepted from: the link back to its source. */
    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "proposal_id")
    private UUID proposalId;

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("asOf, indicator")
    private List<AgencyReport> reports = new ArrayList<>();

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Decision> decisions = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int ordinal, String title, UUID proposalId) {
        if (MeetingDetails.blank(title)) {
            throw new MeetingRuleViolation(MeetingProblem.AGENDA_TITLE_REQUIRED);
        }
        this.id = UUID.randomUUID();
        this.meeting = meeting;
        this.ordinal = ordinal;
        this.title = title.strip();
        this.proposalId = proposalId;
    }

    void rename(String newTitle) {
        if (MeetingDetails.blank(newTitle)) {
            throw new MeetingRuleViolation(MeetingProblem.AGENDA_TITLE_REQUIRED);
        }
        this.title = newTitle.strip();
    }

    void writeMinutes(String untrustedHtml) {
        this.minutesHtml = RichText.sanitize(untrustedHtml);
    }

    AgencyReport report(UUID agencyId, String agencyName, String indicator, BigDecimal value, String unit,
                        LocalDate asOf) {
        AgencyReport report = new AgencyReport(this, agencyId, agencyName, indicator, value, unit, asOf);
        reports.add(report);
        return report;
    }

    boolean removeReport(UUID reportId) {
        return reports.removeIf(r -> r.id().equals(reportId));
    }

    Decision decide(String text) {
        if (MeetingDetails.blank(text)) {
            throw new MeetingRuleViolation(MeetingProblem.ACTION_DESCRIPTION_REQUIRED);
        }
        Decision decision = new Decision(this, decisions.size() + 1, text.strip());
        decisions.add(decision);
        return decision;
    }

    boolean removeDecision(UUID decisionId) {
        return decisions.removeIf(d -> d.id().equals(decisionId));
    }

    void moveTo(int newOrdinal) {
        this.ordinal = newOrdinal;
    }

    boolean hasMinutes() {
        return !RichText.isEmpty(minutesHtml);
    }

    Meeting meeting() {
        return meeting;
    }

    public UUID id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public String title() {
        return title;
    }

    public String minutesHtml() {
        return minutesHtml;
    }

    public UUID proposalId() {
        return proposalId;
    }

    public List<AgencyReport> reports() {
        return Collections.unmodifiableList(reports);
    }

    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }
}
