package id.deskpilkada.logistics.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a shipment is delayed or has a problem, or why material at a TPS was damaged; pages word it from
 * {@code shipment.reason.<NAME>}.
 */
public enum DelayReason {
    BANJIR, LONGSOR, CUACA, KENDARAAN, KEAMANAN, LAINNYA;

    /** @throws ShipmentRuleViolation for a blank or unknown reason */
    public static DelayReason of(String text) {
        return find(text).orElseThrow(() -> new ShipmentRuleViolation(ShipmentProblem.REASON_REQUIRED));
    }

    /** The reason named (in any case), if it is one. */
    public static Optional<DelayReason> find(String text) {
        return Arrays.stream(values()).filter(r -> text != null && r.name().equalsIgnoreCase(text.strip()))
                .findFirst();
    }
}
