package id.deskpilkada.meeting.domain;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up (tindak lanjut) agreed in a meeting, owned by an agency, followed until done across later
 * meetings of the same region or series. Its own aggregate: it outlives the meeting's lock.
 */
@Entity
@Table(name = "mtg_action_item")
public class ActionItem {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    private UUID agendaItemId;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "series_id")
    private UUID seriesId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_agency_id", nullable = false)
    private UUID ownerAgencyId;

    @Column(name = "owner_agency_name", nullable = false)
    private String ownerAgencyName;

    @Column(name = "person_in_charge")
    private String personInCharge;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionItemStatus status;

    /** When the daily check first found it overdue; set once, so ActionItemOverdue is published once. */
    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    @Column(name = "closed_at")
    private LocalDateTime closedAtUtc;

    @OneToMany(mappedBy = "actionItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("atUtc")
    private List<ProgressNote> notes = new ArrayList<>();

    protected ActionItem() {
    }

    public ActionItem(Meeting meeting, UUID agendaItemId, String description, UUID ownerAgencyId,
                      String ownerAgencyName, String personInCharge, LocalDate dueDate, LocalDateTime nowUtc) {
        meeting.requireEditable();
        meeting.item(agendaItemId);
        if (MeetingDetails.blank(description)) {
            throw new MeetingRuleViolation(MeetingProblem.ACTION_DESCRIPTION_REQUIRED);
        }
        if (ownerAgencyId == null || MeetingDetails.blank(ownerAgencyName)) {
            throw new MeetingRuleViolation(MeetingProblem.ACTION_OWNER_REQUIRED);
        }
        if (dueDate == null) {
            throw new MeetingRuleViolation(MeetingProblem.ACTION_DUE_REQUIRED);
        }
        this.id = UUID.randomUUID();
        this.meetingId = meeting.id();
        this.agendaItemId = agendaItemId;
        this.seriesId = meeting.seriesId();
        this.regionCode = meeting.regionCode();
        this.description = description.strip();
        this.ownerAgencyId = ownerAgencyId;
        this.ownerAgencyName = ownerAgencyName.strip();
        this.personInCharge = MeetingDetails.blank(personInCharge) ? null : personInCharge.strip();
        this.dueDate = dueDate;
        this.status = ActionItemStatus.TERBUKA;
        this.createdAtUtc = nowUtc;
    }

    /** A progress note, optionally moving the item on; a closed item does not change any more. */
    public ProgressNote progress(ActionItemStatus newStatus, String text, String author, LocalDateTime nowUtc) {
        if (!status.open()) {
            throw new MeetingRuleViolation(MeetingProblem.ACTION_CLOSED, status);
        }
        ActionItemStatus next = newStatus == null ? status : newStatus;
        ProgressNote note = new ProgressNote(this, nowUtc, author, MeetingDetails.blank(text) ? null : text.strip(),
                next);
        notes.add(note);
        status = next;
        if (!next.open()) {
            closedAtUtc = nowUtc;
        }
        return note;
    }

    public boolean overdueOn(LocalDate today) {
        return status.open() && today.isAfter(dueDate);
    }

    /** Marks the item overdue the first time the daily check finds it so; true when that happened now. */
    public boolean markOverdue(LocalDate today) {
        if (!overdueOn(today) || overdueSince != null) {
            return false;
        }
        overdueSince = today;
        return true;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID agendaItemId() {
        return agendaItemId;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String description() {
        return description;
    }

    public UUID ownerAgencyId() {
        return ownerAgencyId;
    }

    public String ownerAgencyName() {
        return ownerAgencyName;
    }

    public String personInCharge() {
        return personInCharge;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionItemStatus status() {
        return status;
    }

    public LocalDate overdueSince() {
        return overdueSince;
    }

    public LocalDateTime createdAtUtc() {
        return createdAtUtc;
    }

    public LocalDateTime closedAtUtc() {
        return closedAtUtc;
    }

    public List<ProgressNote> notes() {
        return Collections.unmodifiableList(notes);
    }
}
