package id.deskpilkada.security.domain;

import java.util.Optional;

/**
 * The Desk Pilkada that handles an incident: kecamatan (Forkopimcam), kab/kota, province, nation ({@code ""}).
 * An incident starts at the desk of the kecamatan it happened in (or of its own region when reported higher)
 * and goes up one level per escalation.
 */
public final class Desk {

    private Desk() {
    }

    public static String of(String regionCode) {
        return regionCode.length() > 8 ? regionCode.substring(0, 8) : regionCode;
    }

    public static Optional<String> above(String desk) {
        return switch (desk.length()) {
            case 8 -> Optional.of(desk.substring(0, 5));
            case 5 -> Optional.of(desk.substring(0, 2));
            case 2 -> Optional.of("");
            default -> Optional.empty();
        };
    }
}
