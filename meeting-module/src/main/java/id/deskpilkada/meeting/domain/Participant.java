package id.deskpilkada.meeting.domain;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** An invited agency (or a walk-in participant) of a meeting and how it attended. */
@Entity
@Table(name = "mtg_participant")
public class Participant {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    private int ordinal;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "agency_name", nullable = false)
    private String agencyName;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    private String representative;

    @Column(name = "representative_position")
    private String representativePosition;

    /** Stored as a word: EclipseLink binds booleans as 1/0, which H2 refuses to compare. */
    @Column(name = "kind", nullable = false)
    private String kind;

    protected Participant() {
    }

    Participant(Meeting meeting, int ordinal, UUID agencyId, String agencyName, boolean walkIn) {
        this.id = UUID.randomUUID();
        this.meeting = meeting;
        this.ordinal = ordinal;
        this.agencyId = agencyId;
        this.agencyName = agencyName;
        this.kind = walkIn ? "WALK_IN" : "INVITED";
    }

    void record(Attendance attendance, String representative, String position) {
        this.attendance = attendance;
        boolean represented = attendance == Attendance.DIWAKILI;
        this.representative = represented || walkIn() ? representative : null;
        this.representativePosition = represented || walkIn() ? position : null;
    }

    public UUID id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public Attendance attendance() {
        return attendance;
    }

    public String representative() {
        return representative;
    }

    public String representativePosition() {
        return representativePosition;
    }

    public boolean walkIn() {
        return "WALK_IN".equals(kind);
    }
}
