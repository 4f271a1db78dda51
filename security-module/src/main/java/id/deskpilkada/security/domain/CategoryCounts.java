package id.deskpilkada.security.domain;

import java.util.Collection;

/**
 * How many active TPS of a region are in each category, and how many are not classified yet (TPS without a
 * classification).
 */
public record CategoryCounts(String regionCode, long tps, long kurangRawan, long rawan, long sangatRawan,
                             long khusus) {

    public CategoryCounts {
        if (tps < 0 || kurangRawan < 0 || rawan < 0 || sangatRawan < 0 || khusus < 0
                || kurangRawan + rawan + sangatRawan + khusus > tps) {
            throw new IllegalArgumentException("Inconsistent counts for " + regionCode + ": " + tps + " TPS, "
                    + kurangRawan + "/" + rawan + "/" + sangatRawan + "/" + khusus);
        }
    }

    public static CategoryCounts none(String regionCode) {
        return new CategoryCounts(regionCode, 0, 0, 0, 0, 0);
    }

    /** The counts of a region as the sum of its parts (its child regions). */
    public static CategoryCounts total(String regionCode, Collection<CategoryCounts> parts) {
        return parts.stream().reduce(none(regionCode), CategoryCounts::plus);
    }

    /** This and the other counted together, under this region code. */
    public CategoryCounts plus(CategoryCounts other) {
        return new CategoryCounts(regionCode, tps + other.tps, kurangRawan + other.kurangRawan, rawan + other.rawan,
                sangatRawan + other.sangatRawan, khusus + other.khusus);
    }

    public long classified() {
        return kurangRawan + rawan + sangatRawan + khusus;
    }

    public long unclassified() {
        return tps - classified();
    }

    public long of(VulnerabilityCategory category) {
        return switch (category) {
            case KURANG_RAWAN -> kurangRawan;
            case RAWAN -> rawan;
            case SANGAT_RAWAN -> sangatRawan;
            case KHUSUS -> khusus;
        };
    }

    /** Rawan, sangat rawan and khusus together: the TPS that need more than the basic pattern. */
    public long vulnerable() {
        return rawan + sangatRawan + khusus;
    }

    /** Percent of the region's TPS, one decimal; 0 for a region without TPS. */
    public double percent(long count) {
        return tps == 0 ? 0 : Math.round(1000.0 * count / tps) / 10.0;
    }
}
