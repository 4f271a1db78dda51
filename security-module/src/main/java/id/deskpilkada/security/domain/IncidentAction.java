package id.deskpilkada.security.domain;

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

/** One entry of an incident's timeline: a status change, an escalation, a note or an attachment. */
@Entity
@Table(name = "sec_incident_action")
public class IncidentAction {

    /** What happened on the timeline. */
    public enum Kind { DILAPORKAN, TERVERIFIKASI, DITANGANI, SELESAI, DITOLAK, ESKALASI, CATATAN, LAMPIRAN }

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "incident_id")
    private Incident incident;

    @Column(name = "at_utc", nullable = false)
    private LocalDateTime atUtc;

    @Column(name = "acted_by", nullable = false)
    private String actedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    /** The desk the incident was at after this action. */
    @Column(name = "desk_region", nullable = false)
    private String deskRegion;

    private String note;

    protected IncidentAction() {
    }

    IncidentAction(Incident incident, LocalDateTime atUtc, String actedBy, Kind kind, String deskRegion,
                   String note) {
        this.id = UUID.randomUUID();
        this.incident = incident;
        this.atUtc = atUtc;
        this.actedBy = actedBy;
        this.kind = kind;
        this.deskRegion = deskRegion;
        this.note = note;
    }

    public LocalDateTime atUtc() {
        return atUtc;
    }

    public String actedBy() {
        return actedBy;
    }

    public Kind kind() {
        return kind;
    }

    public String deskRegion() {
        return deskRegion;
    }

    public String note() {
        return note;
    }
}
