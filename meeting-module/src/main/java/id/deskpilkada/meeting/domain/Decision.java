package id.deskpilkada.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** A decision (keputusan) taken under an agenda item. */
@Entity
@Table(name = "mtg_decision")
public class Decision {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    private int ordinal;

    @Column(name = "text", nullable = false)
    private String text;

    protected Decision() {
    }

    Decision(AgendaItem item, int ordinal, String text) {
        this.id = UUID.randomUUID();
        this.agendaItem = item;
        this.ordinal = ordinal;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public String text() {
        return text;
    }
}
