package id.deskpilkada.security.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The regions a code counts in: itself and every region above it up to the nation ({@code ""}). Desa needs,
 * units and assignments are summed this way, so that any level of the tree can be read without a second pass.
 */
public final class RegionPrefixes {

    /** Code lengths: desa, kecamatan, kab/kota, province, nation. */
    private static final int[] LENGTHS = {13, 8, 5, 2, 0};

    private RegionPrefixes() {
    }

    /** "53.71.05" → 53.71.05, 53.71, 53, "". */
    public static List<String> selfAndAbove(String regionCode) {
        List<String> prefixes = new ArrayList<>(LENGTHS.length);
        for (int length : LENGTHS) {
            if (length <= regionCode.length()) {
                prefixes.add(regionCode.substring(0, length));
            }
        }
        return prefixes;
    }

    /** The code length of the regions directly below a region ("" → provinces), or -1 below a desa. */
    public static int childLength(String regionCode) {
        return switch (regionCode.length()) {
            case 0 -> 2;
            case 2 -> 5;
            case 5 -> 8;
            case 8 -> 13;
            default -> -1;
        };
    }
}
