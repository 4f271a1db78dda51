package id.deskpilkada.platform.application.tps;

/** How many TPS and voters (DPT) a list or a region holds. */
public record TpsTotals(long tps, long voters) {

    public static final TpsTotals NONE = new TpsTotals(0, 0);
}
