package id.deskpilkada.security.domain;

/**
 * TPS of a region per vulnerability category. {@code unclassified} counts the TPS that have no category yet;
 * they are planned as kurang rawan and so are included in {@code kurangRawan} as well.
 */
public record TpsByCategory(long kurangRawan, long rawan, long sangatRawan, long khusus, long unclassified) {

    public static final TpsByCategory NONE = new TpsByCategory(0, 0, 0, 0, 0);

    /**
     * @param unclassified how many of the {@code tps} have no category yet (then {@code category} is
     *                     {@link VulnerabilityCategory#KURANG_RAWAN})
     */
    public static TpsByCategory of(VulnerabilityCategory category, long tps, long unclassified) {
        return new TpsByCategory(category == VulnerabilityCategory.KURANG_RAWAN ? tps : 0,
                category == VulnerabilityCategory.RAWAN ? tps : 0,
                category == VulnerabilityCategory.SANGAT_RAWAN ? tps : 0,
                category == VulnerabilityCategory.KHUSUS ? tps : 0, unclassified);
    }

    public TpsByCategory plus(TpsByCategory other) {
        return new TpsByCategory(kurangRawan + other.kurangRawan, rawan + other.rawan,
                sangatRawan + other.sangatRawan, khusus + other.khusus, unclassified + other.unclassified);
    }

    public long of(VulnerabilityCategory category) {
        return switch (category) {
            case KURANG_RAWAN -> kurangRawan;
            case RAWAN -> rawan;
            case SANGAT_RAWAN -> sangatRawan;
            case KHUSUS -> khusus;
        };
    }

    public long total() {
        return kurangRawan + rawan + sangatRawan + khusus;
    }
}
