package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.PasswordPolicy;
import id.deskpilkada.platform.domain.UserAdministrationRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text a page or a refused rule asks for exists in Bahasa Indonesia and in English. */
class MessageBundleTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/id/deskpilkada/portal/i18n/" + name)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> keysUsedByPages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(page));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyLiteralKeyOfEveryPageIsInBothLanguages() throws IOException {
        Set<String> used = keysUsedByPages();

        assertThat(used).contains("user.title", "account.password.title", "account.error.forbidden.title");
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyUserAndAccountKeyIsInBothLanguages() {
        Set<String> indonesian = ownKeys(bundle("messages.properties"));
        Set<String> english = ownKeys(bundle("messages_en.properties"));

        assertThat(indonesian).isNotEmpty().isEqualTo(english);
    }

    @Test
    void everyRefusalAndPasswordRuleHasAText() {
        List<String> keys = Stream.concat(
                Arrays.stream(UserAdministrationRules.Refusal.values()).map(r -> "user.refused." + r.name()),
                Arrays.stream(PasswordPolicy.Violation.values()).map(PasswordPolicy.Violation::messageKey)).toList();

        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Set<String> ownKeys(Properties properties) {
        Set<String> keys = new HashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("user.") || key.startsWith("account.")) {
                keys.add(key);
            }
        }
        return keys;
    }
}
