package id.deskpilkada.desk.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import id.deskpilkada.platform.events.security.IncidentReported;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard printed for the weekly meeting: a PDF that says what the page says, in Bahasa Indonesia. */
class DeskReportsTest {

    private static final Instant NOW = Instant.parse("2024-11-26T02:00:00Z");

    private final DeskFixture desk = new DeskFixture(NOW);

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theReportOfAProvinceNamesItsFiguresChildrenAndStages() throws IOException {
        desk.feed.send(new RegionReadinessChanged("53", 85, 850, 1000), NOW.minusSeconds(120));
        desk.feed.send(new RegionReadinessChanged("53", 82, 820, 1000), NOW.minusSeconds(60));
        desk.feed.send(new RegionReadinessChanged("53.08", 61, 305, 500), NOW.minusSeconds(60));
        desk.feed.send(new IncidentReported(UUID.randomUUID(), "53.71.05", "konflik_massa", "tinggi", "Bentrok <&>"),
                NOW.minusSeconds(60));
        RegionDesk ntt = desk.desk("53");

        String text = text(new DeskReportXhtml().build(ntt, "Pimpinan Uji"));

        assertThat(text).contains("LAPORAN DESK PILKADA", "Nusa Tenggara Timur", "82% (820 dari 1.000 TPS siap), turun 3 poin dari 85%",
                "Pilkada Serentak 2024", "H-1", "0 dari 16 tahapan selesai", "Kabupaten Ende", "kesiapan 61%",
                "1 kejadian berat", "Pimpinan Uji", "WITA");
    }

    @Test
    void theFileIsNamedAfterTheRegionAndTheDay() {
        assertThat(DeskReports.fileName("Kota Kupang", LocalDate.of(2024, 11, 26)))
                .isEqualTo("desk-pilkada_kota-kupang_2024-11-26.pdf");
        assertThat(DeskReports.fileName("", LocalDate.of(2024, 11, 26))).startsWith("desk-pilkada_wilayah_");
    }

    private static String text(String xhtml) throws IOException {
        byte[] pdf = id.deskpilkada.platform.document.XhtmlPdf.render(xhtml, "test");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
