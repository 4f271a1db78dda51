package id.deskpilkada.platform.domain.agency;

import static id.deskpilkada.platform.domain.region.RegionLevel.KABUPATEN_KOTA;
import static id.deskpilkada.platform.domain.region.RegionLevel.KECAMATAN;
import static id.deskpilkada.platform.domain.region.RegionLevel.PROVINSI;

import id.deskpilkada.platform.domain.region.RegionLevel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of agency (instansi) that sit at the desk, each at the region levels where such a unit exists.
 * Polri and TNI are split into their unit levels because a unit answers to the one above it: Polsek to
 * Polres to Polda, Koramil to Kodim to Korem to Kodam.
 */
public enum AgencyType {
    PEMDA_SETDA(null, PROVINSI, KABUPATEN_KOTA),
    KESBANGPOL(null, PROVINSI, KABUPATEN_KOTA),
    KPU(null, PROVINSI, KABUPATEN_KOTA),
    BAWASLU(null, PROVINSI, KABUPATEN_KOTA),
    POLDA(null, PROVINSI),
    POLRES("POLDA", KABUPATEN_KOTA),
    POLSEK("POLRES", KECAMATAN),
    /** Kept at the province of its headquarters; its territory spans several provinces. */
    KODAM(null, PROVINSI),
    /** Most Korem cover a whole province, some only a group of kabupaten/kota. */
    KOREM("KODAM", PROVINSI, KABUPATEN_KOTA),
    KODIM("KOREM", KABUPATEN_KOTA),
    KORAMIL("KODIM", KECAMATAN),
    /** Kejaksaan Tinggi at a province, Kejaksaan Negeri at a kabupaten/kota. */
    KEJAKSAAN(null, PROVINSI, KABUPATEN_KOTA),
    /** Pengadilan Tinggi at a province, Pengadilan Negeri at a kabupaten/kota. */
    PENGADILAN(null, PROVINSI, KABUPATEN_KOTA),
    DPRD(null, PROVINSI, KABUPATEN_KOTA),
    /** Satpol PP down to the kecamatan, where the Linmas of the villages are organised. */
    SATPOL_PP_LINMAS(null, PROVINSI, KABUPATEN_KOTA, KECAMATAN),
    BPBD(null, PROVINSI, KABUPATEN_KOTA);

    // by name: an enum constant cannot refer to a constant declared after it
    private final String parentTypeName;
    private final Set<RegionLevel> levels;

    AgencyType(String parentTypeName, RegionLevel first, RegionLevel... more) {
        this.parentTypeName = parentTypeName;
        this.levels = EnumSet.of(first, more);
    }

    /**
     * The type named by a file or a request parameter, case-insensitive.
     *
     * @throws InvalidAgencyException TYPE_REQUIRED when blank, UNKNOWN_TYPE when no type has that name
     */
    public static AgencyType parse(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidAgencyException(AgencyProblem.TYPE_REQUIRED, null);
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAgencyException(AgencyProblem.UNKNOWN_TYPE, name.strip());
        }
    }

    /** The region levels a unit of this type may sit at. */
    public Set<RegionLevel> levels() {
        return EnumSet.copyOf(levels);
    }

    public boolean allowsLevel(RegionLevel level) {
        return levels.contains(level);
    }

    /**
     * The only type a unit of this type may be placed under, if it has a chain of command. Each chain runs
     * strictly downwards through the types, so no agency can ever become its own ancestor.
     */
    public Optional<AgencyType> parentType() {
        return Optional.ofNullable(parentTypeName).map(AgencyType::valueOf);
    }

    /**
     * Whether a unit's territory may reach beyond the region it is kept at. Units placed under such a unit
     * need not lie inside its region (Korem 161/Wira Sakti in NTT answers to Kodam IX/Udayana in Bali).
     */
    public boolean coversSeveralProvinces() {
        return this == KODAM;
    }
}
