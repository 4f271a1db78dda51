package id.deskpilkada.platform.domain.region;

import java.util.Arrays;
import java.util.Optional;

/** The four levels of the Kemendagri tree; the code of level n has n dot-separated segments. */
public enum RegionLevel {
    PROVINSI(1, 2),
    KABUPATEN_KOTA(2, 2),
    KECAMATAN(3, 2),
    DESA_KELURAHAN(4, 4);

    private final int number;
    private final int segmentDigits;

    RegionLevel(int number, int segmentDigits) {
        this.number = number;
        this.segmentDigits = segmentDigits;
    }

    public int number() {
        return number;
    }

    int segmentDigits() {
        return segmentDigits;
    }

    public static Optional<RegionLevel> of(int number) {
        return Arrays.stream(values()).filter(l -> l.number == number).findFirst();
    }
}
