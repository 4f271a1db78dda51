package id.deskpilkada.platform.domain.agency;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How agency names are cleaned and compared. Two agencies of one region may not share a name; names that
 * differ only in case or spacing ("Polresta Kupang  kota") count as the same.
 */
public final class AgencyName {

    public static final int MAX_LENGTH = 200;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private AgencyName() {
    }

    /** The name as stored: trimmed, inner whitespace collapsed to one space. */
    public static String clean(String name) {
        String cleaned = name == null ? "" : WHITESPACE.matcher(name).replaceAll(" ").strip();
        if (cleaned.isEmpty()) {
            throw new InvalidAgencyException(AgencyProblem.NAME_REQUIRED, null);
        }
        if (cleaned.length() > MAX_LENGTH) {
            throw new InvalidAgencyException(AgencyProblem.NAME_TOO_LONG, String.valueOf(MAX_LENGTH));
        }
        return cleaned;
    }

    /** The comparison key of a name: equal keys in one region are duplicates. Also used for text search. */
    public static String key(String name) {
        String cleaned = name == null ? "" : WHITESPACE.matcher(name).replaceAll(" ").strip();
        return cleaned.toLowerCase(Locale.ROOT);
    }
}
