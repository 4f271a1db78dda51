package id.deskpilkada.platform.domain.tps;

import id.deskpilkada.platform.domain.region.RegionCode;

/**
 * The village codes under a region code as one closed range of strings: {@code 53.71} →
 * {@code 53.71.00.0000 … 53.71.99.9999}. TPS queries filter by region with this range instead of
 * {@code LIKE '53.71%'}: PostgreSQL answers a LIKE prefix from a plain b-tree index only under the C
 * collation, while a range is an index range scan of {@code (village_code, tps_number)} under any collation.
 * That holds because every stored village code has the very same shape {@code dd.dd.dd.dddd}, and so do
 * both bounds: strings of equal shape, digits in the same places, sort alike in every collation.
 *
 * @param first the lowest village code under the region
 * @param last  the highest
 */
public record VillageRange(String first, String last) {

    /** The whole country: queries leave the condition out. */
    public static final VillageRange NATIONAL = new VillageRange("00.00.00.0000", "99.99.99.9999");

    /** The range under a region code of any level; {@code ""} (or null) is the whole country. */
    public static VillageRange under(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return NATIONAL;
        }
        String code = regionCode.strip();
        if (!RegionCode.isWellFormed(code)) {
            throw new IllegalArgumentException("Not a region code: " + regionCode);
        }
        return new VillageRange(code + NATIONAL.first.substring(code.length()),
                code + NATIONAL.last.substring(code.length()));
    }

    public boolean isNational() {
        return equals(NATIONAL);
    }

    public boolean contains(String villageCode) {
        return villageCode.compareTo(first) >= 0 && villageCode.compareTo(last) <= 0;
    }
}
