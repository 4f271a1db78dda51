package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.agency.AgencyDraft;
import id.deskpilkada.platform.application.agency.AgencySummary;
import id.deskpilkada.platform.domain.agency.AgencyType;
import java.io.Serializable;
import java.util.UUID;

/** The agency dialog's fields; the service checks them when saved. */
public class AgencyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;
    private AgencyType type;
    private String name;
    /** As the region field shows it: "53.71 — Kota Kupang", or a bare code the user typed. */
    private String region;
    private String parentId;

    void clear() {
        id = null;
        type = null;
        name = null;
        region = null;
        parentId = null;
    }

    void load(AgencySummary agency) {
        id = agency.id();
        type = agency.type();
        name = agency.name();
        region = RegionChoice.label(agency.regionCode(), agency.regionName());
        parentId = agency.parentId() == null ? null : agency.parentId().toString();
    }

    AgencyDraft draft() {
        return new AgencyDraft(type, name, getRegionCode(), parentId == null || parentId.isBlank() ? null
                : UUID.fromString(parentId));
    }

    public boolean isCreating() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getRegionCode() {
        return RegionChoice.codeOf(region);
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }
}
