package id.deskpilkada.logistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A region where an incident threatens distribution; shipments and TPS in it are shown at risk.
 * One per incident: a later escalation of the same incident updates it.
 */
@Entity
@Table(name = "lgs_region_risk")
public class RegionRisk {

    @Id
    @Column(name = "incident_id")
    private UUID incidentId;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "incident_type", nullable = false)
    private String incidentType;

    private String severity;

    private String title;

    @Column(name = "flagged_at", nullable = false)
    private LocalDateTime flaggedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected RegionRisk() {
    }

    public RegionRisk(UUID incidentId, String regionCode, String incidentType, String severity, String title,
                      LocalDateTime at) {
        if (!DistributionThreat.threatensDistribution(incidentType)) {
            throw new IllegalArgumentException("Incident type does not threaten distribution: " + incidentType);
        }
        this.incidentId = incidentId;
        this.regionCode = regionCode;
        this.incidentType = incidentType;
        this.severity = severity;
        this.title = title;
        this.flaggedAt = at;
        this.updatedAt = at;
    }

    /** Escalation changes severity; an older event arriving late does not overwrite a newer state. */
    public void update(String newSeverity, String newTitle, LocalDateTime at) {
        if (at.isBefore(updatedAt)) {
            return;
        }
        severity = newSeverity;
        title = newTitle;
        updatedAt = at;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String incidentType() {
        return incidentType;
    }

    public String severity() {
        return severity;
    }

    public String title() {
        return title;
    }

    public LocalDateTime flaggedAt() {
        return flaggedAt;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
