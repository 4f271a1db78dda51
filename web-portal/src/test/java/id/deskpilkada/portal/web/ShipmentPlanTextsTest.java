package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.PlanFileProblem;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule a plan or a plan file can break, and every message of the planning page, exists in both languages. */
class ShipmentPlanTextsTest {

    static Set<String> requiredKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.of(ShipmentProblem.values()).map(ShipmentProblem::messageKey).forEach(keys::add);
        Stream.of(PlanFileProblem.values()).map(PlanFileProblem::messageKey).forEach(keys::add);
        Stream.of(NodeKind.values()).map(k -> "shipment.kind." + k.name()).forEach(keys::add);
        Stream.of("shipment.plan.saved", "shipment.plan.chooseTpsFirst", "shipment.plan.fromRequired",
                "shipment.plan.toRequired", "shipment.plan.tpsRequired", "shipment.import.tooLarge",
                "shipment.import.applied", "shipment.import.changedSinceDryRun", "menu.logistics.plan",
                "import.noFile", "import.dryRunFirst").forEach(keys::add);
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everyKeyIsWordedAndFormatsWithTextArguments(String language) {
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(language));
        for (String key : requiredKeys()) {
            assertThat(texts.containsKey(key)).as(language + ": " + key).isTrue();
            String formatted = new MessageFormat(texts.getString(key), Locale.forLanguageTag(language))
                    .format(new Object[] {"A", "B", "C"});
            assertThat(formatted).as(key).doesNotContain("{0}").doesNotContain("{1}").doesNotContain("''");
        }
    }
}
