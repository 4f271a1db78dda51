package id.deskpilkada.security.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The regions a code counts in: itself and every region above it up to the nation ({@code ""}). Desa needs,
 * units and assignments are summed this way, so that any level of the tree can be read without a second pass.
 */
public final class RegionPrefixes {

    /** Code lengths: desa, kecamatan, kab/kota, province, nation. */
    private static final int[] LENGTHS = {13, 8, 5, 2, 0};
    private static final int KAB_KOTA_LENGTH = 5;

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

    /**
     * The fewest areas at kab/kota level or above that hold every given region: each code cut to its kab/kota
     * (a kecamatan, desa or village code to its first five characters), and an area dropped when another one of
     * them holds it ({@code ""}, the nation, holds all). So {@code 53.71.05.1001, 53.71.02, 15.71, 15} →
     * {@code 15, 53.71}: whatever is counted per kab/kota in these areas covers each given region once.
     */
    public static SortedSet<String> kabKotaAreas(Collection<String> regionCodes) {
        TreeSet<String> cut = new TreeSet<>();
        for (String code : regionCodes) {
            if (code != null) {
                String stripped = code.strip();
                cut.add(stripped.length() > KAB_KOTA_LENGTH ? stripped.substring(0, KAB_KOTA_LENGTH) : stripped);
            }
        }
        TreeSet<String> areas = new TreeSet<>();
        for (String code : cut) {
            // in sorted order an area comes right before the areas it holds, so the last one kept is enough
            if (areas.isEmpty() || !holds(areas.last(), code)) {
                areas.add(code);
            }
        }
        return areas;
    }

    private static boolean holds(String area, String code) {
        return area.isEmpty() || code.equals(area) || code.startsWith(area + ".");
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
