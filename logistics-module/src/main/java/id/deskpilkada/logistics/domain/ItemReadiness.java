package id.deskpilkada.logistics.domain;

/**
 * Readiness of a region for one item of the kit: of its active TPS, how many have a usable stock of the item
 * that covers their need.
 *
 * @param percent whole percent, rounded down like {@link Readiness#percent()}
 */
public record ItemReadiness(String itemCode, long tpsReady, long tpsTotal, int percent) {

    public static ItemReadiness of(String itemCode, long tpsReady, long tpsTotal) {
        return new ItemReadiness(itemCode, tpsReady, tpsTotal, Readiness.wholePercent(tpsReady, tpsTotal));
    }
}
