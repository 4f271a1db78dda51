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

/** A dated word on an action item's progress, with the status it left the item in. */
@Entity
@Table(name = "mtg_progress_note")
public class ProgressNote {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_item_id")
    private ActionItem actionItem;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime atUtc;

    @Column(nullable = false)
    private String author;

    @Column(name = "note_text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    private ActionItemStatus statusAfter;

    protected ProgressNote() {
    }

    ProgressNote(ActionItem item, LocalDateTime atUtc, String author, String text, ActionItemStatus statusAfter) {
        this.id = UUID.randomUUID();
        this.actionItem = item;
        this.atUtc = atUtc;
        this.author = author;
        this.text = text;
        this.statusAfter = statusAfter;
    }

    public LocalDateTime atUtc() {
        return atUtc;
    }

    public String author() {
        return author;
    }

    public String text() {
        return text;
    }

    public ActionItemStatus statusAfter() {
        return statusAfter;
    }
}
