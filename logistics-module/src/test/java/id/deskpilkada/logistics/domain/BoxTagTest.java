package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoxTagTest {

    @Test
    void theTextNamesFormatShipmentBoxAndSeal() {
        assertThat(new BoxTag("KPG-2024-0006", 3, 10, "SG-1062").text()).isEqualTo("DPL1|KPG-2024-0006|3/10|SG-1062");
        assertThat(new BoxTag("KPG-2024-0001", 1, 1, null).text()).isEqualTo("DPL1|KPG-2024-0001|1/1|");
    }

    @Test
    void aScannedTextReadsBackIntoTheSameTag() {
        BoxTag odd = new BoxTag("KRM|7 100%", 2, 2, "SG|%7C");

        assertThat(odd.text()).isEqualTo("DPL1|KRM%7C7 100%25|2/2|SG%7C%257C");
        assertThat(BoxTag.parse(odd.text())).isEqualTo(odd);
        assertThat(BoxTag.parse("DPL1|KPG-2024-0006|3/10|SG-1062"))
                .isEqualTo(new BoxTag("KPG-2024-0006", 3, 10, "SG-1062"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://deskpilkada.example.go.id/", "DPL1|KPG|3|SG", "DPL2|KPG|1/1|SG",
            "DPL1|KPG|4/3|SG", "DPL1||1/1|SG", "DPL1|KPG|1/1"})
    void anythingElseIsNotABoxLabel(String text) {
        assertThatThrownBy(() -> BoxTag.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
