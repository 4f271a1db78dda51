package id.deskpilkada.portal.web;

import id.deskpilkada.platform.domain.notification.TextArgument;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * Words a notification in the reader's language from its bundle key and stored arguments: a marked argument is
 * looked up in the bundle, shown as a region's name, or as a date of the reader's language (see
 * {@link TextArgument}); a word the bundle does not know yet shows as its code rather than as nothing.
 */
final class NotificationWording {

    private final ResourceBundle texts;
    private final UnaryOperator<String> regionName;
    private final Locale locale;

    NotificationWording(ResourceBundle texts, UnaryOperator<String> regionName) {
        this.texts = texts;
        this.regionName = regionName;
        this.locale = texts.getLocale() == null || texts.getLocale().getLanguage().isEmpty()
                ? Locale.forLanguageTag("id") : texts.getLocale();
    }

    String text(String textKey, List<String> arguments) {
        String pattern = texts.containsKey(textKey) ? texts.getString(textKey) : textKey;
        return new MessageFormat(pattern, locale).format(arguments.stream().map(this::argument).toArray());
    }

    String argument(String stored) {
        if (stored.startsWith(TextArgument.WORD)) {
            String key = stored.substring(TextArgument.WORD.length());
            return texts.containsKey(key) ? texts.getString(key)
                    : key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        }
        if (stored.startsWith(TextArgument.REGION)) {
            return regionName.apply(stored.substring(TextArgument.REGION.length()));
        }
        if (stored.startsWith(TextArgument.DATE)) {
            String iso = stored.substring(TextArgument.DATE.length());
            try {
                return LocalDate.parse(iso).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale));
            } catch (DateTimeParseException notADate) {
                return iso;
            }
        }
        return stored;
    }
}
