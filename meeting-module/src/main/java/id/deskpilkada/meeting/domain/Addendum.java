package id.deskpilkada.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A correction of approved minutes. The minutes themselves stay as approved (their hash must keep matching);
 * the addendum goes through the same approval and is printed after them.
 */
@Entity
@Table(name = "mtg_addendum")
public class Addendum {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int number;

    @Column(name = "text_html", nullable = false)
    private String textHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MinutesStatus status;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAtUtc;

    @Column(name = "return_reason")
    private String returnReason;

    protected Addendum() {
    }

    Addendum(Meeting meeting, int number, String untrustedHtml, String writtenBy) {
        this.id = UUID.randomUUID();
        this.meeting = meeting;
        this.number = number;
        this.status = MinutesStatus.DRAF;
        this.writtenBy = writtenBy;
        write(untrustedHtml);
    }

    public void write(String untrustedHtml) {
        if (!status.editable()) {
            throw new MeetingRuleViolation(MeetingProblem.MINUTES_LOCKED, status);
        }
        String clean = RichText.sanitize(untrustedHtml);
        if (clean == null) {
            throw new MeetingRuleViolation(MeetingProblem.ADDENDUM_TEXT_REQUIRED);
        }
        this.textHtml = clean;
    }

    public void submit() {
        status = status.to(MinutesStatus.DIAJUKAN);
        returnReason = null;
    }

    public void approve(String approver, LocalDateTime nowUtc) {
        status = status.to(MinutesStatus.DISAHKAN);
        approvedBy = approver;
        approvedAtUtc = nowUtc;
    }

    public void returnToDraft(String reason) {
        if (MeetingDetails.blank(reason)) {
            throw new MeetingRuleViolation(MeetingProblem.REASON_REQUIRED);
        }
        status = status.to(MinutesStatus.DRAF);
        returnReason = reason.strip();
    }

    public UUID id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String textHtml() {
        return textHtml;
    }

    public MinutesStatus status() {
        return status;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDateTime approvedAtUtc() {
        return approvedAtUtc;
    }

    public String returnReason() {
        return returnReason;
    }
}
