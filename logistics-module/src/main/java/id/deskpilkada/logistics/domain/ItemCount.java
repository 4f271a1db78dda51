package id.deskpilkada.logistics.domain;

/**
 * What the receiver counted of one item: how many arrived, and of those how many slightly damaged (still
 * usable) and badly damaged (not usable).
 */
public record ItemCount(int counted, int damagedLight, int damagedHeavy) {

    public ItemCount {
        if (counted < 0 || damagedLight < 0 || damagedHeavy < 0 || damagedLight + damagedHeavy > counted) {
            throw new ShipmentRuleViolation(ShipmentProblem.BAD_QUANTITY, 0,
                    counted + "/" + damagedLight + "/" + damagedHeavy);
        }
    }

    public int usable() {
        return counted - damagedHeavy;
    }
}
