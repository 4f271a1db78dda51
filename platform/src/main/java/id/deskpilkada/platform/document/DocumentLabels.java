package id.deskpilkada.platform.document;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A printed document's words and date formats, from its {@code .properties} bundle. Official documents are in
 * Bahasa Indonesia wherever they are rendered, so there is one bundle and no locale. Values are plain text, not
 * yet escaped.
 *
 * <p>The bundle holds {@code format.date.long}, {@code format.date.short} and {@code format.time}
 * (DateTimeFormatter patterns, read with the Indonesian locale) and {@code format.dateTime} (a MessageFormat of
 * date, time and zone label).
 */
public final class DocumentLabels {

    /** Day and month names ("Selasa", "November") come from the JDK's CLDR data for Indonesian. */
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    /** Private-use characters that stand for the page counters while a label is formatted and escaped. */
    private static final String PAGE_MARK = "\uE000";
    private static final String PAGE_COUNT_MARK = "\uE001";

    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;

    /** @param loader the class loader that sees the bundle: the owning module's */
    public DocumentLabels(String bundleBaseName, ClassLoader loader) {
        // No fallback to the server's default locale: the document is Indonesian wherever it is rendered
        bundle = ResourceBundle.getBundle(bundleBaseName, Locale.ROOT, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        longDate = DateTimeFormatter.ofPattern(bundle.getString("format.date.long"), INDONESIAN);
        shortDate = DateTimeFormatter.ofPattern(bundle.getString("format.date.short"), INDONESIAN);
        time = DateTimeFormatter.ofPattern(bundle.getString("format.time"), INDONESIAN);
    }

    /** A label; with arguments its value is a MessageFormat pattern, without them it is taken literally. */
    public String get(String key, Object... args) {
        String value = bundle.getString(key);
        return args.length == 0 ? value : new MessageFormat(value, INDONESIAN).format(args);
    }

    /**
     * The label of a status code, e.g. {@code attendance.HADIR}. A code the bundle does not know yet prints as
     * itself rather than failing the whole document.
     */
    public String code(String prefix, String code, Object... args) {
        if (code == null) {
            return "";
        }
        try {
            return get(prefix + "." + code, args);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    public String longDate(LocalDate date) {
        return format(longDate, date);
    }

    public String shortDate(LocalDate date) {
        return format(shortDate, date);
    }

    public String time(LocalTime t) {
        return format(time, t);
    }

    /** @param timeZone WIB, WITA or WIT: the time is already local to the document's region */
    public String dateTime(LocalDateTime at, String timeZone) {
        return at == null ? ""
                : get("format.dateTime", shortDate(at.toLocalDate()), time(at.toLocalTime()), timeZone);
    }

    /**
     * A label with the page number as {0} and the page count as {1} (e.g. "Halaman {0} dari {1}"), as escaped
     * XHTML whose numbers the renderer fills in on every page through {@link PageMargins}' stylesheet.
     */
    public String pageCounter(String key) {
        return Xhtml.text(get(key, PAGE_MARK, PAGE_COUNT_MARK))
                .replace(PAGE_MARK, "<span class=\"page-number\"></span>")
                .replace(PAGE_COUNT_MARK, "<span class=\"page-count\"></span>");
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
