package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.logistics.domain.CatalogueProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the catalogue page, its beans and the catalogue's refusals need, in Bahasa Indonesia and English. */
class CatalogueTextsTest {

    private static final List<Path> PAGES = List.of(
            Path.of("src/main/webapp/logistics/catalogue.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/need-preview.xhtml"));
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z.]+)'\\]");

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
    }

    static Set<String> requiredKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Stream.of(CatalogueProblem.values()).map(CatalogueProblem::messageKey).forEach(keys::add);
        Stream.of("catalogue.saved", "catalogue.readinessRechecked", "catalogue.previewFirst",
                "catalogue.elections.saved", "catalogue.elections.chooseRegion", "menu.logistics.catalogue")
                .forEach(keys::add);
        for (Path page : PAGES) {
            Matcher used = PAGE_KEY.matcher(Files.readString(page));
            while (used.find()) {
                keys.add(used.group(1));
            }
        }
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyKeyIsWordedAndFormatsItsArguments(String language) throws IOException {
        ResourceBundle texts = bundle(language);
        Set<String> keys = requiredKeys();
        assertThat(keys).hasSizeGreaterThan(60);
        for (String key : keys) {
            assertThat(texts.containsKey(key)).as(language + ": " + key).isTrue();
            String formatted = MessageFormat.format(texts.getString(key), "A", "B");
            assertThat(formatted).as(key).doesNotContain("{0}").doesNotContain("{1}").doesNotContain("''");
        }
    }

    @Test
    void theProblemsAreTranslatedNotCopied() {
        for (CatalogueProblem problem : CatalogueProblem.values()) {
            assertThat(bundle("id").getString(problem.messageKey())).as(problem.name())
                    .isNotEqualTo(bundle("en").getString(problem.messageKey()));
        }
    }
}
