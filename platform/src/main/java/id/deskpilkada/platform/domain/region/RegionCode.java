package id.deskpilkada.platform.domain.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code: {@code PP}, {@code PP.KK}, {@code PP.KK.CC} or {@code PP.KK.CC.DDDD}. Jurisdictions
 * and region filters work by prefix, so "53.71" covers Kota Kupang and everything under it.
 */
public final class RegionCode {

    private static final Pattern SHAPE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    private RegionCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** Level from the shape of the code, empty for a malformed code. */
    public static Optional<RegionLevel> levelOf(String code) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        return RegionLevel.of(code.split("\\.").length);
    }

    public static String provinceOf(String code) {
        return code.substring(0, 2);
    }

    /** Whether {@code code} is {@code scope} itself or lies under it; the empty scope covers the nation. */
    public static boolean within(String code, String scope) {
        return scope.isEmpty() || code.equals(scope) || code.startsWith(scope + ".");
    }
}
