package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.PublishedEvent;
import id.deskpilkada.platform.domain.EventProblem;
import id.deskpilkada.platform.domain.notification.NotificationKind;
import id.deskpilkada.platform.domain.notification.NotificationProblem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every notification text, notification and events-page problem and delivery state is worded in both languages. */
class NotificationTextsTest {

    static Set<String> requiredKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.of(NotificationKind.values()).map(NotificationKind::textKey).forEach(keys::add);
        Stream.of(NotificationProblem.values()).map(NotificationProblem::messageKey).forEach(keys::add);
        Stream.of(EventProblem.values()).map(EventProblem::messageKey).forEach(keys::add);
        Stream.of(PublishedEvent.Delivery.values()).map(d -> "events.delivery." + d.name()).forEach(keys::add);
        Stream.of("notification.allRead", "events.replayed", "menu.notifications").forEach(keys::add);
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyKeyIsWordedAndFormatsWithTextArguments(String language) {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
        for (String key : requiredKeys()) {
            assertThat(texts.containsKey(key)).as(language + ": " + key).isTrue();
            String formatted = new MessageFormat(texts.getString(key), Locale.forLanguageTag(language))
                    .format(new Object[] {"A", "B", "C", "D"});
            assertThat(formatted).as(key).doesNotContain("{0}").doesNotContain("{3}").doesNotContain("''");
        }
    }
}
