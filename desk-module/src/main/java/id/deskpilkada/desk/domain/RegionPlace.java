package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a record of the read model lies: its region and the province, kab/kota and kecamatan above it (null
 * above its own level), so that a region's records are one equality on the column of its tier and its children's
 * counts one GROUP BY on the next — the same on H2 and on PostgreSQL under any collation.
 */
@Embeddable
public class RegionPlace {

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "kabkota_code")
    private String kabkotaCode;

    @Column(name = "kecamatan_code")
    private String kecamatanCode;

    protected RegionPlace() {
    }

    /** @param regionCode a region code or {@code ""} for the nation */
    public static RegionPlace of(String regionCode) {
        RegionTier.of(regionCode);
        RegionPlace place = new RegionPlace();
        place.regionCode = regionCode;
        place.provinceCode = RegionTier.PROVINCE.ancestorOf(regionCode);
        place.kabkotaCode = RegionTier.KABKOTA.ancestorOf(regionCode);
        place.kecamatanCode = RegionTier.KECAMATAN.ancestorOf(regionCode);
        return place;
    }

    public String regionCode() {
        return regionCode;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String kabkotaCode() {
        return kabkotaCode;
    }

    public String kecamatanCode() {
        return kecamatanCode;
    }
}
