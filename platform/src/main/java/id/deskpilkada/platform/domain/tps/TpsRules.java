package id.deskpilkada.platform.domain.tps;

import id.deskpilkada.platform.domain.TpsPlan;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.region.RegionLevel;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The limits a TPS keeps: its number within the village, its voters (DPT) and the length of its address. */
public final class TpsRules {

    public static final int MIN_NUMBER = 1;
    /** Three digits on the forms: {@code 001} … {@code 999}. */
    public static final int MAX_NUMBER = 999;
    public static final int MIN_VOTERS = 1;
    /** The legal maximum of voters per TPS. */
    public static final int MAX_VOTERS = TpsPlan.MAX_VOTERS_PER_TPS;
    public static final int MAX_ADDRESS = 300;

    /** Whole numbers as people type them; leading zeros ({@code 007}) are the usual way to write a TPS. */
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private TpsRules() {
    }

    /** A TPS hangs under a desa/kelurahan: the code must have the shape {@code PP.KK.CC.DDDD}. */
    public static boolean isVillageCode(String code) {
        return RegionCode.levelOf(code).filter(level -> level == RegionLevel.DESA_KELURAHAN).isPresent();
    }

    public static boolean isValidNumber(int number) {
        return number >= MIN_NUMBER && number <= MAX_NUMBER;
    }

    public static boolean isValidVoters(int voters) {
        return voters >= MIN_VOTERS && voters <= MAX_VOTERS;
    }

    /** {@code "007"} → 7; empty when the text is no whole number or outside 1..999. */
    public static OptionalInt parseNumber(String text) {
        OptionalInt n = parseWhole(text);
        return n.isPresent() && isValidNumber(n.getAsInt()) ? n : OptionalInt.empty();
    }

    /** Voters as written in a file; empty when the text is no whole number or outside 1..600. */
    public static OptionalInt parseVoters(String text) {
        OptionalInt n = parseWhole(text);
        return n.isPresent() && isValidVoters(n.getAsInt()) ? n : OptionalInt.empty();
    }

    /** The number as written on forms: {@code 7 → "007"}. */
    public static String label(int number) {
        return TpsPlan.formatNumber(number);
    }

    private static OptionalInt parseWhole(String text) {
        String t = text == null ? "" : text.strip();
        return WHOLE.matcher(t).matches() ? OptionalInt.of(Integer.parseInt(t)) : OptionalInt.empty();
    }
}
