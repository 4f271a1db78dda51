package id.deskpilkada.desk.domain;

/**
 * Shipments not yet received: on the road (dispatched or held up), of those held up (tertunda / bermasalah) and
 * late (their ETA passed).
 */
public record ShipmentCounts(long onTheRoad, long delayed, long late) implements Additive<ShipmentCounts> {

    public static final ShipmentCounts NONE = new ShipmentCounts(0, 0, 0);

    @Override
    public ShipmentCounts plus(ShipmentCounts o) {
        return new ShipmentCounts(onTheRoad + o.onTheRoad, delayed + o.delayed, late + o.late);
    }
}
