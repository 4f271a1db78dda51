package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.agency.AgencyProblem;
import id.deskpilkada.platform.domain.agency.AgencyType;
import id.deskpilkada.platform.domain.region.RegionLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the agencies page and its messages need exists in Bahasa Indonesia and in English. */
class AgencyTextsTest {

    private static final Path PAGE = Path.of("src/main/webapp/regions/agencies.xhtml");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['(agency\\.[A-Za-z.]+)'\\]");

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
    }

    static Set<String> requiredKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Stream.of(AgencyProblem.values()).map(AgencyProblem::messageKey).forEach(keys::add);
        Stream.of(AgencyType.values()).map(t -> "agency.type." + t.name()).forEach(keys::add);
        Stream.of(RegionLevel.values()).map(l -> "agency.level." + l.name()).forEach(keys::add);
        Stream.of("agency.saved", "agency.deactivated", "agency.reactivated", "agency.accessDenied",
                "agency.filter.badRegion", "agency.contact.saved", "agency.contact.deactivated",
                "agency.contact.reactivated").forEach(keys::add);
        Matcher used = PAGE_KEY.matcher(Files.readString(PAGE));
        while (used.find()) {
            keys.add(used.group(1));
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyKeyIsWordedAndFormatsWithADetail(String language) throws IOException {
        ResourceBundle texts = bundle(language);
        Set<String> keys = requiredKeys();
        assertThat(keys).hasSizeGreaterThan(80);
        for (String key : keys) {
            assertThat(texts.containsKey(key)).as(language + ": " + key).isTrue();
            String formatted = MessageFormat.format(texts.getString(key), "DETAIL");
            assertThat(formatted).as(key).doesNotContain("{0}").doesNotContain("''");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency.title", "agency.problem.BAD_PHONE", "agency.level.KABUPATEN_KOTA"})
    void englishIsNotACopyOfTheIndonesian(String key) {
        assertThat(bundle("en").getString(key)).isNotEqualTo(bundle("id").getString(key));
    }
}
