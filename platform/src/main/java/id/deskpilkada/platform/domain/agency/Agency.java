package id.deskpilkada.platform.domain.agency;

import id.deskpilkada.platform.domain.NullableUuidConverter;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.region.RegionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An agency (instansi) as a unit at one region: "Polresta Kupang Kota" at 53.71, "KPU Provinsi Jambi" at 15.
 * Meetings, action items and personnel refer to it by id, so it is deactivated rather than deleted.
 * Whether its region exists and whether its name is free there are the service's checks: both need the
 * database.
 */
@Entity
@Table(name = "plt_agency")
public class Agency {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false)
    private AgencyType type;

    @Column(nullable = false)
    private String name;

    /** {@link AgencyName#key} of the name: unique per region, and what text search looks in. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "parent_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyStatus status;

    protected Agency() {
    }

    /**
     * A new, active agency.
     *
     * @param parent the unit it answers to (a Polres its Polda), or null
     */
    public static Agency create(AgencyType type, String name, String regionCode, Agency parent) {
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.status = AgencyStatus.ACTIVE;
        agency.revise(type, name, regionCode, parent);
        return agency;
    }

    /** Changes everything at once, so that no half-checked combination of type, region and parent is kept. */
    public void revise(AgencyType newType, String newName, String newRegionCode, Agency newParent) {
        if (newType == null) {
            throw new InvalidAgencyException(AgencyProblem.TYPE_REQUIRED, null);
        }
        String cleanName = AgencyName.clean(newName);
        String code = newRegionCode == null ? "" : newRegionCode.strip();
        requireLevel(newType, code);
        if (newParent != null) {
            requirePlacement(newType, code, newParent);
            if (!newParent.active()) {
                throw new InvalidAgencyException(AgencyProblem.PARENT_INACTIVE, newParent.name);
            }
        }
        type = newType;
        name = cleanName;
        nameKey = AgencyName.key(cleanName);
        regionCode = code;
        parentId = newParent == null ? null : newParent.id;
    }

    /**
     * After this agency was revised, each of its subordinate units must still fit under it.
     *
     * @throws InvalidAgencyException CHILD_WOULD_NOT_FIT naming this unit when it does not
     */
    public void requireFitsUnder(Agency parent) {
        try {
            requirePlacement(type, regionCode, parent);
        } catch (InvalidAgencyException e) {
            throw new InvalidAgencyException(AgencyProblem.CHILD_WOULD_NOT_FIT, name);
        }
    }

    /** Refused while units placed under it are still active: they would answer to nobody. */
    public void deactivate(List<Agency> activeChildren) {
        if (!activeChildren.isEmpty()) {
            throw new InvalidAgencyException(AgencyProblem.HAS_ACTIVE_CHILDREN,
                    activeChildren.stream().map(Agency::name).sorted().collect(Collectors.joining(", ")));
        }
        status = AgencyStatus.INACTIVE;
    }

    /** @param parent the agency it is placed under, or null; it must be active again first */
    public void reactivate(Agency parent) {
        if (parent != null && !parent.active()) {
            throw new InvalidAgencyException(AgencyProblem.PARENT_INACTIVE, parent.name);
        }
        status = AgencyStatus.ACTIVE;
    }

    private static void requireLevel(AgencyType type, String code) {
        RegionLevel level = RegionCode.levelOf(code)
                .orElseThrow(() -> new InvalidAgencyException(AgencyProblem.BAD_REGION_CODE, code));
        if (!type.allowsLevel(level)) {
            throw new InvalidAgencyException(AgencyProblem.LEVEL_NOT_ALLOWED, level.name());
        }
    }

    private static void requirePlacement(AgencyType type, String code, Agency parent) {
        if (type.parentType().filter(parent.type::equals).isEmpty()) {
            throw new InvalidAgencyException(AgencyProblem.PARENT_TYPE_NOT_ALLOWED, parent.type.name());
        }
        if (!parent.type.coversSeveralProvinces() && !RegionCode.within(code, parent.regionCode)) {
            throw new InvalidAgencyException(AgencyProblem.PARENT_OUTSIDE_REGION, parent.regionCode);
        }
    }

    public UUID id() {
        return id;
    }

    public AgencyType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public String regionCode() {
        return regionCode;
    }

    public UUID parentId() {
        return parentId;
    }

    public boolean active() {
        return status == AgencyStatus.ACTIVE;
    }
}
