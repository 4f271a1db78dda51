package id.deskpilkada.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** A named team of a unit sent to a cluster of TPS (a kecamatan or a desa): a line of the unit's sprint order. */
@Entity
@Table(name = "sec_assignment")
public class TeamAssignment {

    public static final int MAX_TEAM_NAME = 120;

    @Id
    private UUID id;

    @Column(name = "unit_id", nullable = false)
    private UUID unitId;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    /** The cluster: a kecamatan or desa code. */
    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(nullable = false)
    private int personnel;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private LocalDateTime assignedAt;

    protected TeamAssignment() {
    }

    /** Made by {@link RosterUnit#assign}, which checks the rules. */
    TeamAssignment(UUID unitId, String teamName, String regionCode, int personnel, String assignedBy,
                   LocalDateTime assignedAt) {
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.teamName = teamName;
        this.regionCode = regionCode;
        this.personnel = personnel;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public String teamName() {
        return teamName;
    }

    public String regionCode() {
        return regionCode;
    }

    public int personnel() {
        return personnel;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public LocalDateTime assignedAt() {
        return assignedAt;
    }
}
