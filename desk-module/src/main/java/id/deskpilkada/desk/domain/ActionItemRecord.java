package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An action item of a meeting, owned by an agency: open, overdue, done or cancelled. Its announcements may arrive
 * in any order; each fills in what it knows, and the state only moves forward (open → overdue → closed).
 */
@Entity
@Table(name = "dsk_action_item")
public class ActionItemRecord {

    private static final int MAX_DESCRIPTION = 2000;

    @Id
    @Column(name = "action_item_id")
    private UUID actionItemId;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Embedded
    private RegionPlace place;

    private String description;

    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "agency_name")
    private String agencyName;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionItemState state;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected ActionItemRecord() {
    }

    private ActionItemRecord(UUID actionItemId, UUID meetingId, String regionCode, UUID agencyId, LocalDateTime at) {
        this.actionItemId = actionItemId;
        this.meetingId = meetingId;
        this.place = RegionPlace.of(regionCode);
        this.agencyId = agencyId;
        this.state = ActionItemState.TERBUKA;
        this.updatedAt = at;
    }

    public static ActionItemRecord firstSeen(UUID actionItemId, UUID meetingId, String regionCode, UUID agencyId,
                                             LocalDateTime at) {
        return new ActionItemRecord(actionItemId, meetingId, regionCode, agencyId, at);
    }

    public void assigned(String newDescription, String newAgencyName, LocalDate due, LocalDateTime at) {
        describe(newDescription, newAgencyName, due);
        touch(at);
    }

    public void overdue(String newDescription, String newAgencyName, LocalDate due, LocalDateTime at) {
        describe(newDescription, newAgencyName, due);
        if (state == ActionItemState.TERBUKA) {
            state = ActionItemState.TERLAMBAT;
        }
        touch(at);
    }

    public void completed(String status, LocalDateTime at) {
        if (state.isOpen()) {
            state = ActionItemState.closedAs(status);
        }
        touch(at);
    }

    private void describe(String newDescription, String newAgencyName, LocalDate due) {
        if (newDescription != null) {
            description = newDescription.length() > MAX_DESCRIPTION
                    ? newDescription.substring(0, MAX_DESCRIPTION) : newDescription;
        }
        if (newAgencyName != null) {
            agencyName = newAgencyName;
        }
        if (due != null) {
            dueDate = due;
        }
    }

    private void touch(LocalDateTime at) {
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    public UUID actionItemId() {
        return actionItemId;
    }

    public RegionPlace place() {
        return place;
    }

    public String description() {
        return description;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionItemState state() {
        return state;
    }
}
