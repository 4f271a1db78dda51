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

    /** Both languages hold the same keys, so a switch of language never falls back to a raw key. */
    @Test
    void bothLanguagesHoldTheSameKeys() {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .isEqualTo(bundle("messages.properties").stringPropertyNames());
    }

    /** Every rule a module can refuse a request with, and every enum a page words by its name, has a text. */
    @Test
    void everyModuleProblemAndWordedEnumHasAText() {
        List<String> keys = Stream.of(
                        Arrays.stream(id.deskpilkada.meeting.domain.MeetingProblem.values()).map(p -> p.messageKey()),
                        Arrays.stream(id.deskpilkada.logistics.domain.ShipmentProblem.values())
                                .map(p -> p.messageKey()),
                        Arrays.stream(id.deskpilkada.security.domain.SecurityProblem.values())
                                .map(p -> p.messageKey()),
                        enumKeys("incident.type.", id.deskpilkada.security.domain.IncidentType.values()),
                        enumKeys("incident.severity.", id.deskpilkada.security.domain.Severity.values()),
                        enumKeys("incident.status.", id.deskpilkada.security.domain.IncidentStatus.values()),
                        enumKeys("incident.action.kind.",
                                id.deskpilkada.security.domain.IncidentAction.Kind.values()),
                        enumKeys("escort.status.", id.deskpilkada.security.domain.EscortTask.Status.values()),
                        enumKeys("escort.category.",
                                id.deskpilkada.security.domain.VulnerabilityCategory.values()),
                        enumKeys("shipment.status.", id.deskpilkada.logistics.domain.ShipmentStatus.values()),
                        enumKeys("shipment.reason.", id.deskpilkada.logistics.domain.DelayReason.values()),
                        Arrays.stream(id.deskpilkada.desk.domain.DeskProblem.values()).map(p -> p.messageKey()),
                        enumKeys("desk.incident.", id.deskpilkada.desk.domain.IncidentState.values()),
                        enumKeys("desk.reason.", id.deskpilkada.desk.domain.AttentionRanking.Sign.values()))
                .flatMap(s -> s).toList();

        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(keys);
    }

    private static Stream<String> enumKeys(String prefix, Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> prefix + c.name());
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
