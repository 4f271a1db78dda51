package id.deskpilkada.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DocumentLabelsTest {

    static final DocumentLabels LABELS = new DocumentLabels("id.deskpilkada.platform.document.sample",
            DocumentLabelsTest.class.getClassLoader());

    @Test
    void datesAreIndonesianWithTheRegionsZoneLabel() {
        assertThat(LABELS.longDate(LocalDate.of(2024, 11, 26))).isEqualTo("Selasa, 26 November 2024");
        assertThat(LABELS.dateTime(LocalDateTime.of(2024, 11, 27, 10, 15), "WITA"))
                .isEqualTo("27/11/2024 pukul 10.15 WITA");
        assertThat(LABELS.dateTime(null, "WIB")).isEmpty();
    }

    @Test
    void labelsWithArgumentsAreMessageFormatsAndUnknownCodesPrintAsThemselves() {
        assertThat(LABELS.get("quote", "KPG-1")).isEqualTo("Nomor 'KPG-1'");
        assertThat(LABELS.code("status", "DRAF")).isEqualTo("Draf");
        assertThat(LABELS.code("status", "BARU")).isEqualTo("BARU");
        assertThat(LABELS.code("status", null)).isEmpty();
    }

    @Test
    void thePageCounterLeavesTheNumbersToTheRenderer() {
        assertThat(LABELS.pageCounter("footer.page")).isEqualTo(
                "Halaman <span class=\"page-number\"></span> dari <span class=\"page-count\"></span>");
    }
}
