package id.deskpilkada.platform.domain.notification;

import java.time.LocalDate;

/**
 * The arguments of a notification's text are stored as strings and worded when a reader looks: a plain value
 * is shown as it is; a marked one is looked up in the reader's language — a bundle key ({@code msg:}), a region
 * code shown by name ({@code region:}), an ISO date ({@code date:}).
 */
public final class TextArgument {

    public static final String WORD = "msg:";
    public static final String REGION = "region:";
    public static final String DATE = "date:";
    /** Long texts (an action item's description) are cut here: the notification links to the whole. */
    public static final int MAX_TEXT = 200;

    private TextArgument() {
    }

    public static String text(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    /** A code worded from the bundle under {@code keyPrefix + CODE}, e.g. {@code shipment.reason.BANJIR}. */
    public static String word(String keyPrefix, String code) {
        return code == null || code.isBlank() ? "" : WORD + keyPrefix + code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static String region(String code) {
        return REGION + (code == null ? "" : code.strip());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE + date;
    }
}
