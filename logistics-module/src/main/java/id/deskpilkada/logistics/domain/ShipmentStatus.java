package id.deskpilkada.logistics.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a shipment stands. The normal path is direncanakan → dikemas → dikirim → dalam perjalanan → diterima
 * (or diterima sebagian); bermasalah and tertunda may happen at any point before receipt (with a reason) and
 * are left by going on from where the shipment stopped. No step may be skipped or taken back.
 */
public enum ShipmentStatus {
    DIRENCANAKAN, DIKEMAS, DIKIRIM, DALAM_PERJALANAN, DITERIMA, DITERIMA_SEBAGIAN, BERMASALAH, TERTUNDA;

    private static final Map<ShipmentStatus, Set<ShipmentStatus>> FORWARD = Map.of(
            DIRENCANAKAN, EnumSet.of(DIKEMAS),
            DIKEMAS, EnumSet.of(DIKIRIM),
            DIKIRIM, EnumSet.of(DALAM_PERJALANAN, DITERIMA, DITERIMA_SEBAGIAN),
            DALAM_PERJALANAN, EnumSet.of(DITERIMA, DITERIMA_SEBAGIAN));

    public boolean received() {
        return this == DITERIMA || this == DITERIMA_SEBAGIAN;
    }

    public boolean interrupted() {
        return this == BERMASALAH || this == TERTUNDA;
    }

    /** Planned or packed: still at its origin, counted there as planned outgoing. */
    public boolean beforeDispatch() {
        return this == DIRENCANAKAN || this == DIKEMAS;
    }

    /** Whether the shipment has left its origin (counts as sent at the origin node). */
    public boolean dispatched() {
        return this == DIKIRIM || this == DALAM_PERJALANAN || received();
    }

    /**
     * @param resumeFrom for an interrupted shipment: the status it had before the interruption
     */
    public boolean canGoTo(ShipmentStatus next, ShipmentStatus resumeFrom) {
        if (received()) {
            return false;
        }
        if (next.interrupted()) {
            return next != this;
        }
        ShipmentStatus base = interrupted() ? resumeFrom : this;
        return base != null && FORWARD.getOrDefault(base, Set.of()).contains(next)
                || interrupted() && next == resumeFrom;
    }
}
