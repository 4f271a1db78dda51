package id.deskpilkada.security.domain;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A unit of the roster (Polres Kupang Kota, Kodim 0415/Jambi, Satpol PP Kota Jambi …) with the personnel it has
 * for TPS duty ({@code available}) and its reserve ({@code standby}). It counts for its region and every region
 * above it; its teams are assigned to clusters of TPS inside its region.
 */
@Entity
@Table(name = "sec_roster_unit")
public class RosterUnit {

    public static final int MAX_NAME = 120;

    @Id
    private UUID id;

    @Version
    private long version;

    @Convert(converter = NullableUuidConverter.class)
    @Column(name = "agency_id")
    private UUID agencyId;

    @Column(name = "unit_name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false)
    private UnitKind kind;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "force_kind", nullable = false)
    private Force force;

    @Column(nullable = false)
    private int available;

    @Column(nullable = false)
    private int standby;

    protected RosterUnit() {
    }

    public RosterUnit(UnitKind kind, String name, String regionCode, UUID agencyId, int available, int standby) {
        this.id = UUID.randomUUID();
        set(kind, name, regionCode, agencyId, available, standby);
    }

    /**
     * @param assigned personnel of this unit assigned to TPS clusters now: strength may not fall below it, and
     *                 kind and region stay as they are while teams are out
     */
    public void change(UnitKind newKind, String newName, String newRegion, UUID newAgency, int newAvailable,
                       int newStandby, long assigned, long assignments) {
        if (assignments > 0 && (newKind != kind || !regionCode.equals(newRegion))) {
            throw new SecurityRuleViolation(SecurityProblem.UNIT_HAS_ASSIGNMENTS, name, assignments);
        }
        long strength = (long) newAvailable + newStandby;
        if (newAvailable >= 0 && newStandby >= 0 && strength < assigned) {
            throw new SecurityRuleViolation(SecurityProblem.OVER_ASSIGNED, name, strength, assigned,
                    assigned - strength);
        }
        set(newKind, newName, newRegion, newAgency, newAvailable, newStandby);
    }

    private void set(UnitKind newKind, String newName, String newRegion, UUID newAgency, int newAvailable,
                     int newStandby) {
        if (newKind == null) {
            throw new SecurityRuleViolation(SecurityProblem.KIND_REQUIRED);
        }
        String checkedName = Names.required(newName, MAX_NAME);
        if (newRegion == null || !newKind.sitsAt(newRegion)) {
            throw new SecurityRuleViolation(SecurityProblem.UNIT_LEVEL, newKind, String.valueOf(newRegion));
        }
        if (newAvailable < 0 || newStandby < 0) {
            throw new SecurityRuleViolation(SecurityProblem.NEGATIVE_PERSONNEL, Math.min(newAvailable, newStandby));
        }
        kind = newKind;
        force = newKind.force();
        name = checkedName;
        regionCode = newRegion;
        agencyId = newAgency;
        available = newAvailable;
        standby = newStandby;
    }

    /**
     * Sends a team of this unit to a cluster of TPS: a kecamatan or a desa inside the unit's region.
     *
     * @param assigned personnel of the unit assigned already; together they may not exceed available + standby
     */
    public TeamAssignment assign(String teamName, String clusterCode, int personnel, long assigned, String actor,
                                 LocalDateTime atUtc) {
        String team = Names.required(teamName, TeamAssignment.MAX_TEAM_NAME);
        if (personnel < 1) {
            throw new SecurityRuleViolation(SecurityProblem.TEAM_SIZE, personnel);
        }
        if (clusterCode == null || (clusterCode.length() != 8 && clusterCode.length() != 13)
                || !RegionCode.isWellFormed(clusterCode)) {
            throw new SecurityRuleViolation(SecurityProblem.CLUSTER_LEVEL, String.valueOf(clusterCode));
        }
        if (!RegionCode.within(clusterCode, regionCode)) {
            throw new SecurityRuleViolation(SecurityProblem.OUTSIDE_UNIT_AREA, clusterCode, name);
        }
        long strength = (long) available + standby;
        if (assigned + personnel > strength) {
            throw new SecurityRuleViolation(SecurityProblem.OVER_ASSIGNED, name, strength, assigned,
                    assigned + personnel - strength);
        }
        return new TeamAssignment(id, team, clusterCode, personnel, actor, atUtc);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public String regionCode() {
        return regionCode;
    }

    public Force force() {
        return force;
    }

    public int available() {
        return available;
    }

    public int standby() {
        return standby;
    }
}
