package id.deskpilkada.logistics.document;

import static id.deskpilkada.logistics.document.PdfReading.count;
import static id.deskpilkada.logistics.document.PdfReading.flat;
import static id.deskpilkada.logistics.document.PdfReading.pageTexts;
import static id.deskpilkada.logistics.document.PdfReading.qrCodesPerPage;
import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.logistics.domain.BoxTag;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BoxLabelsPdfTest {

    private static final BoxLabelsPdf PDF = new BoxLabelsPdf();

    /** Ten boxes: a full sheet of eight and two on the next. */
    private static byte[] tenBoxes;

    @BeforeAll
    static void render() {
        tenBoxes = PDF.render(ShipmentDocumentFixtures.withSeals("SG-1060 s/d SG-1069"));
    }

    @Test
    void oneLabelPerSealEightToASheet() throws IOException {
        List<String> pages = pageTexts(tenBoxes);

        assertThat(pages).hasSize(2);
        assertThat(count(pages.get(0), "Pengiriman KPG-2024-0006")).isEqualTo(8);
        assertThat(count(pages.get(1), "Pengiriman KPG-2024-0006")).isEqualTo(2);
        String text = String.join("", pages);
        IntStream.rangeClosed(1, 10).forEach(box -> assertThat(text)
                .contains("Kotak " + box + " dari 10", "Segel SG-10" + (59 + box)));
        assertThat(pages.get(1)).contains("Kotak 9 dari 10", "Kotak 10 dari 10", "SG-1068", "SG-1069");
    }

    @Test
    void eachLabelSaysWhereItGoesWhereFromAndWhatTheShipmentHolds() throws IOException {
        String first = flat(pageTexts(tenBoxes).get(0));

        assertThat(count(first, "TPS 003 Namosain")).isEqualTo(8);
        assertThat(count(first, "Alak, Kota Kupang, Nusa Tenggara Timur (53.71.01.1001)")).isEqualTo(8);
        assertThat(count(first, "PPS Namosain")).isEqualTo(8);
        assertThat(count(first, "Surat suara 612 lembar, Kotak suara 2 buah")).isEqualTo(8);
    }

    @Test
    void eachQrCodeNamesShipmentBoxAndSeal() throws IOException {
        List<List<String>> codes = qrCodesPerPage(tenBoxes);

        assertThat(codes.get(0)).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 8)
                .mapToObj(box -> new BoxTag("KPG-2024-0006", box, 10, "SG-10" + (59 + box)).text()).toList());
        assertThat(codes.get(1)).containsExactlyInAnyOrder("DPL1|KPG-2024-0006|9/10|SG-1068",
                "DPL1|KPG-2024-0006|10/10|SG-1069");
    }

    @Test
    void sheetsFollowTheNumberOfBoxes() throws IOException {
        assertThat(pageTexts(PDF.render(ShipmentDocumentFixtures.withSeals("SG-1 s/d SG-8")))).hasSize(1);
        assertThat(pageTexts(PDF.render(ShipmentDocumentFixtures.withSeals("SG-1 s/d SG-17")))).hasSize(3);
    }

    @Test
    void aShipmentWithoutSealsGetsOneLabel() throws IOException {
        byte[] pdf = PDF.render(ShipmentDocumentFixtures.withSeals(" "));

        List<String> pages = pageTexts(pdf);
        assertThat(pages).hasSize(1);
        assertThat(flat(pages.get(0))).contains("Kotak 1 dari 1", "Segel tidak dicatat");
        assertThat(qrCodesPerPage(pdf)).containsExactly(List.of("DPL1|KPG-2024-0006|1/1|"));
    }

    @Test
    void aLongKitStaysInsideItsLabel() throws IOException {
        var doc = ShipmentDocumentFixtures.withSeals("SG-1 s/d SG-8");
        doc = new ShipmentDocument(doc.number(), doc.status(), doc.from(), doc.to(), doc.vehicle(), doc.driver(),
                doc.escortNeeded(), doc.sealsAsEntered(), doc.seals(), doc.departure(), doc.eta(), doc.received(),
                doc.timeZone(), ShipmentDocumentFixtures.kit(), List.of(), null, List.of(), null, null, null);

        byte[] pdf = PDF.render(doc);

        assertThat(pageTexts(pdf)).hasSize(1);
        assertThat(qrCodesPerPage(pdf).get(0)).hasSize(8);
    }
}
