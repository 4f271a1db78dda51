package id.deskpilkada.platform.domain.region;

import java.time.ZoneId;
import java.util.Set;

/** WIB, WITA and WIT, chosen by province: dates of a region are shown in its own time. */
public enum IndonesianTimeZone {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    /** Bali, Nusa Tenggara, South/East/North Kalimantan and all of Sulawesi. */
    private static final Set<String> WITA_PROVINCES = Set.of("51", "52", "53", "63", "64", "65",
            "71", "72", "73", "74", "75", "76");
    /** Maluku, North Maluku and the Papua provinces. */
    private static final Set<String> WIT_PROVINCES = Set.of("81", "82", "91", "92", "93", "94", "95", "96");

    private final ZoneId zone;

    IndonesianTimeZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
    }

    public ZoneId zone() {
        return zone;
    }

    public static IndonesianTimeZone forRegion(String code) {
        String province = RegionCode.provinceOf(code);
        if (WITA_PROVINCES.contains(province)) {
            return WITA;
        }
        return WIT_PROVINCES.contains(province) ? WIT : WIB;
    }
}
