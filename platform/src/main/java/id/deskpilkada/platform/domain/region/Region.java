package id.deskpilkada.platform.domain.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One region of the Kemendagri tree. */
@Entity
@Table(name = "plt_region")
public class Region {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int level;

    @Column(name = "parent_code")
    private String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_zone", nullable = false)
    private IndonesianTimeZone timeZone;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level.number();
        this.parentCode = parentCode;
        this.timeZone = IndonesianTimeZone.forRegion(code);
    }

    public void rename(String newName) {
        name = newName;
    }

    public void moveTo(String newParentCode) {
        parentCode = newParentCode;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public RegionLevel level() {
        return RegionLevel.of(level).orElseThrow();
    }

    public String parentCode() {
        return parentCode;
    }

    public IndonesianTimeZone timeZone() {
        return timeZone;
    }
}
