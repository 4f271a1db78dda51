package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An incident as the desk follows it from security's announcements: reported, escalated (its latest desk), closed.
 * They may arrive in any order: an escalation or a closing seen first creates the record, the report fills in
 * what it says later, and a closed incident stays closed.
 */
@Entity
@Table(name = "dsk_incident")
public class IncidentRecord {

    @Id
    @Column(name = "incident_id")
    private UUID incidentId;

    @Embedded
    private RegionPlace place;

    @Column(name = "incident_type")
    private String incidentType;

    private String severity;

    private String title;

    @Column(name = "desk_region")
    private String deskRegion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentState state;

    @Column(nullable = false)
    private int escalations;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected IncidentRecord() {
    }

    private IncidentRecord(UUID incidentId, String regionCode, String incidentType, LocalDateTime at) {
        this.incidentId = incidentId;
        this.place = RegionPlace.of(regionCode);
        this.incidentType = incidentType;
        this.state = IncidentState.DILAPORKAN;
        this.updatedAt = at;
    }

    public static IncidentRecord firstSeen(UUID incidentId, String regionCode, String incidentType,
                                           LocalDateTime at) {
        return new IncidentRecord(incidentId, regionCode, incidentType, at);
    }

    public void reported(String newSeverity, String newTitle, LocalDateTime at) {
        if (severity == null) {
            severity = newSeverity;
        }
        title = newTitle;
        touch(at);
    }

    /** Up to the desk of {@code desk}; the latest escalation names the desk, a closed incident ignores it. */
    public void escalated(String newSeverity, String newTitle, String desk, LocalDateTime at) {
        escalations++;
        if (title == null) {
            title = newTitle;
        }
        if (!at.isBefore(updatedAt) || severity == null) {
            severity = newSeverity;
        }
        if (!at.isBefore(updatedAt) || deskRegion == null) {
            deskRegion = desk;
        }
        if (state.isOpen()) {
            state = IncidentState.DIESKALASI;
        }
        touch(at);
    }

    /** Closed as {@code selesai} or {@code ditolak}: final. */
    public void resolved(String outcome, String desk, LocalDateTime at) {
        if (state.isOpen()) {
            state = IncidentState.closedAs(outcome);
        }
        if (deskRegion == null) {
            deskRegion = desk;
        }
        touch(at);
    }

    private void touch(LocalDateTime at) {
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    public UUID incidentId() {
        return incidentId;
    }

    public RegionPlace place() {
        return place;
    }

    public String severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public String deskRegion() {
        return deskRegion;
    }

    public IncidentState state() {
        return state;
    }

    public int escalations() {
        return escalations;
    }
}
