package id.deskpilkada.platform.domain.region;

import java.util.Optional;

/**
 * A Kemendagri region code: {@code PP}, {@code PP.KK}, {@code PP.KK.CC} or {@code PP.KK.CC.DDDD}. Jurisdictions
 * and region filters work by prefix, so "53.71" covers Kota Kupang and everything under it.
 */
public final class RegionCode {

    /** Lengths of the four well-formed shapes: PP, PP.KK, PP.KK.CC, PP.KK.CC.DDDD. */
    private static final int[] LENGTHS = {2, 5, 8, 13};

    private RegionCode() {
    }

    /** Checked by hand rather than by a regular expression: an import checks ~92,000 codes. */
    public static boolean isWellFormed(String code) {
        return code != null && levelNumber(code) > 0;
    }

    /** Level from the shape of the code, empty for a malformed code. */
    public static Optional<RegionLevel> levelOf(String code) {
        return code == null ? Optional.empty() : RegionLevel.of(levelNumber(code));
    }

    /** 1 to 4 for a well-formed code, 0 otherwise. */
    static int levelNumber(String code) {
        int length = code.length();
        for (int level = 1; level <= LENGTHS.length; level++) {
            if (length == LENGTHS[level - 1]) {
                return hasShape(code) ? level : 0;
            }
        }
        return 0;
    }

    private static boolean hasShape(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean dotPlace = i == 2 || i == 5 || i == 8;
            if (dotPlace ? c != '.' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static String provinceOf(String code) {
        return code.substring(0, 2);
    }

    /** Whether {@code code} is {@code scope} itself or lies under it; the empty scope covers the nation. */
    public static boolean within(String code, String scope) {
        return scope.isEmpty() || code.equals(scope) || code.startsWith(scope + ".");
    }

    /** The province, kab/kota … down to the code itself: "53.71.05" gives 53, 53.71, 53.71.05. */
    public static java.util.List<String> selfAndAncestors(String code) {
        java.util.List<String> path = new java.util.ArrayList<>(4);
        for (int end : new int[] {2, 5, 8, 13}) {
            if (code.length() >= end) {
                path.add(code.substring(0, end));
            }
        }
        return path;
    }

    /** Longest shared run of whole code segments: {@code 53.71.01.1001, 53.71.02.2001 → 53.71}; "" for none. */
    public static String commonAncestor(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        StringBuilder common = new StringBuilder();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            common.append(i == 0 ? "" : ".").append(x[i]);
        }
        return common.toString();
    }
}
