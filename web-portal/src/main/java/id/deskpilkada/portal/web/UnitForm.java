package id.deskpilkada.portal.web;

import id.deskpilkada.security.application.UnitDraft;
import id.deskpilkada.security.application.UnitView;
import id.deskpilkada.security.domain.UnitKind;
import java.io.Serializable;
import java.util.UUID;

/** The roster unit dialog's fields; the service checks them when saved. */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;
    private long version;
    private UnitKind kind;
    private String name;
    /** As the region field shows it: "53.71 — Kota Kupang", or a bare code the user typed. */
    private String region;
    private String agencyId;
    private Integer available;
    private Integer standby;

    void clear() {
        id = null;
        version = 0;
        kind = null;
        name = null;
        region = null;
        agencyId = null;
        available = 0;
        standby = 0;
    }

    void load(UnitView unit) {
        id = unit.id();
        version = unit.version();
        kind = unit.kind();
        name = unit.name();
        region = RegionChoice.label(unit.regionCode(), unit.regionName());
        agencyId = unit.agencyId() == null ? null : unit.agencyId().toString();
        available = unit.available();
        standby = unit.standby();
    }

    UnitDraft draft() {
        return new UnitDraft(kind, name, getRegionCode(), agencyId == null || agencyId.isBlank() ? null
                : UUID.fromString(agencyId), available == null ? 0 : available, standby == null ? 0 : standby);
    }

    public boolean isCreating() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
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

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public Integer getAvailable() {
        return available;
    }

    public void setAvailable(Integer available) {
        this.available = available;
    }

    public Integer getStandby() {
        return standby;
    }

    public void setStandby(Integer standby) {
        this.standby = standby;
    }
}
