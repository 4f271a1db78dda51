package id.deskpilkada.meeting.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The notula's words and date formats, from {@code notula.properties}. Values are plain text, not yet escaped. */
final class NotulaLabels {

    static final String BUNDLE = "id.deskpilkada.meeting.document.notula";

    /** Day and month names ("Selasa", "November") come from the JDK's CLDR data for Indonesian. */
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;

    NotulaLabels() {
        // No fallback to the server's default locale: the notula is Indonesian wherever it is rendered
        bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NotulaLabels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        longDate = DateTimeFormatter.ofPattern(bundle.getString("format.date.long"), INDONESIAN);
        shortDate = DateTimeFormatter.ofPattern(bundle.getString("format.date.short"), INDONESIAN);
        time = DateTimeFormatter.ofPattern(bundle.getString("format.time"), INDONESIAN);
    }

    /** A label; with arguments its value is a MessageFormat pattern, without them it is taken literally. */
    String get(String key, Object... args) {
        String value = bundle.getString(key);
        return args.length == 0 ? value : new MessageFormat(value, INDONESIAN).format(args);
    }

    /**
     * The label of a status code, e.g. {@code attendance.HADIR}. A code the bundle does not know yet prints as
     * itself rather than failing the whole document.
     */
    String code(String prefix, String code, Object... args) {
        if (code == null) {
            return "";
        }
        try {
            return get(prefix + "." + code, args);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    String longDate(LocalDate date) {
        return format(longDate, date);
    }

    String shortDate(LocalDate date) {
        return format(shortDate, date);
    }

    String time(LocalTime t) {
        return format(time, t);
    }

    /** @param timeZone WIB, WITA or WIT: the record's times are local to the meeting region */
    String dateTime(LocalDateTime at, String timeZone) {
        return at == null ? ""
                : get("format.dateTime", shortDate(at.toLocalDate()), time(at.toLocalTime()), timeZone);
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
