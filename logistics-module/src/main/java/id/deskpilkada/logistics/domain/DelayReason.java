package id.deskpilkada.logistics.domain;

import java.util.Arrays;

/** Why a shipment is delayed or has a problem; pages word it from {@code shipment.reason.<NAME>}. */
public enum DelayReason {
    BANJIR, LONGSOR, CUACA, KENDARAAN, KEAMANAN, LAINNYA;

    /** @throws ShipmentRuleViolation for a blank or unknown reason */
    public static DelayReason of(String text) {
        return Arrays.stream(values()).filter(r -> text != null && r.name().equalsIgnoreCase(text.strip()))
                .findFirst().orElseThrow(() -> new ShipmentRuleViolation(ShipmentProblem.REASON_REQUIRED));
    }
}
