package id.deskpilkada.security.domain;

import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.region.RegionLevel;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of unit that field personnel for TPS duty, each of one force and at the region levels where such a
 * unit sits: Polda / Polres / Polsek (Polri), Kodim / Koramil (TNI), Satpol PP with the Linmas it organises.
 * The names match the platform's agency types, so a unit may be linked to its agency.
 */
public enum UnitKind {
    POLDA(Force.POLRI, RegionLevel.PROVINSI),
    POLRES(Force.POLRI, RegionLevel.KABUPATEN_KOTA),
    POLSEK(Force.POLRI, RegionLevel.KECAMATAN),
    KODIM(Force.TNI, RegionLevel.KABUPATEN_KOTA),
    KORAMIL(Force.TNI, RegionLevel.KECAMATAN),
    SATPOL_PP_LINMAS(Force.LINMAS, RegionLevel.PROVINSI, RegionLevel.KABUPATEN_KOTA, RegionLevel.KECAMATAN);

    private final Force force;
    private final Set<RegionLevel> levels;

    UnitKind(Force force, RegionLevel first, RegionLevel... more) {
        this.force = force;
        this.levels = EnumSet.of(first, more);
    }

    public Force force() {
        return force;
    }

    public Set<RegionLevel> levels() {
        return levels;
    }

    /** Whether a unit of this kind may sit at the region (a well-formed code of one of its levels). */
    public boolean sitsAt(String regionCode) {
        return RegionCode.levelOf(regionCode).map(levels::contains).orElse(false);
    }
}
