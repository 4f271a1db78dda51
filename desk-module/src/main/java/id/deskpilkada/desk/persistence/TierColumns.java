package id.deskpilkada.desk.persistence;

import id.deskpilkada.desk.domain.RegionTier;

/**
 * The columns of a record table ({@code region_code} and the province, kab/kota and kecamatan above it) by tier:
 * the one a region's records are filtered on, and the one its children's counts are grouped by.
 */
final class TierColumns {

    private TierColumns() {
    }

    /** The column that holds the region of {@code tier} a record lies in; null for the nation (no filter). */
    static String filter(RegionTier tier) {
        return switch (tier) {
            case NATION -> null;
            case PROVINCE -> "province_code";
            case KABKOTA -> "kabkota_code";
            case KECAMATAN -> "kecamatan_code";
            case DESA -> "region_code";
        };
    }

    /** The column to group a region's records by: its children's; a desa's own code (no children). */
    static String childGroup(RegionTier tier) {
        return tier.below().map(TierColumns::filter).orElse("region_code");
    }

    /** " where <filter> = ?n" or " where 1 = 1" for the nation, so that callers append "and …". */
    static String where(RegionTier tier, int parameter) {
        String column = filter(tier);
        return column == null ? " where 1 = 1" : " where " + column + " = ?" + parameter;
    }
}
