package id.deskpilkada.logistics.domain;

/**
 * One item's total need over the TPS of a region before and after a change of the catalogue or of the elections
 * held, and how many TPS need a different quantity of it.
 */
public record ItemNeedChange(String code, String name, String unit, long before, long after, long tpsChanged) {

    public long difference() {
        return after - before;
    }

    public boolean changed() {
        return before != after || tpsChanged > 0;
    }
}
