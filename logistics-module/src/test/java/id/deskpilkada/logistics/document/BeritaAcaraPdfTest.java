package id.deskpilkada.logistics.document;

import static id.deskpilkada.logistics.document.PdfReading.flat;
import static id.deskpilkada.logistics.document.PdfReading.lines;
import static id.deskpilkada.logistics.document.PdfReading.pageTexts;
import static id.deskpilkada.logistics.document.PdfReading.qrCodesPerPage;
import static id.deskpilkada.logistics.document.PdfReading.text;
import static id.deskpilkada.logistics.document.PdfReading.textInDrawingOrder;
import static id.deskpilkada.logistics.document.ShipmentDocumentFixtures.LOOKUP;
import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.logistics.document.ShipmentDocument.Line;
import id.deskpilkada.logistics.document.ShipmentDocument.Place;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BeritaAcaraPdfTest {

    private static final BeritaAcaraPdf PDF = new BeritaAcaraPdf();

    /** Rendered once: rendering dominates this class's run time. */
    private static byte[] received;
    private static byte[] longDraft;

    @BeforeAll
    static void render() {
        received = PDF.render(ShipmentDocumentFixtures.receivedShort());
        List<Line> many = new ArrayList<>(ShipmentDocumentFixtures.kit());
        for (int i = 1; i <= 40; i++) {
            many.add(new Line("Formulir cadangan " + i, "lembar", 10 * i, null, 0, 0, 0));
        }
        longDraft = PDF.render(ShipmentDocumentFixtures.inTransit(many));
    }

    @Test
    void printsTheHandoverWithRouteTransportSealsAndTimesInTheDestinationsZone() throws IOException {
        String text = flat(text(received));

        assertThat(text).contains("BERITA ACARA SERAH TERIMA LOGISTIK PEMILIHAN", "Nomor: KPG-2024-0006",
                "Pada hari ini Rabu, 20 November 2024, pukul 14.30 WITA, bertempat di TPS 003 Namosain, telah"
                        + " dilakukan serah terima logistik pemilihan dari PPS Namosain kepada TPS 003 Namosain",
                "Dari : PPS Namosain Alak, Kota Kupang, Nusa Tenggara Timur (53.71.01.1001)",
                "Tujuan : TPS 003 Namosain", "Kendaraan : DH 8106 KP", "Pengemudi : Sopir 6",
                "Pengawalan : Dengan pengawalan", "Segel / nomor kotak : SG-1060 s/d SG-1069 (10 kotak)",
                "Berangkat : 20/11/2024 pukul 08.00 WITA", "Perkiraan tiba : 20/11/2024 pukul 11.00 WITA",
                "Diterima : 20/11/2024 pukul 14.30 WITA", "Pengiriman pengganti : KPG-2024-0107",
                "Status: Diterima sebagian", "Halaman 1 dari 1");
    }

    @Test
    void everyItemShowsSentCountedDamagedAndShort() throws IOException {
        String text = text(received);

        assertThat(flat(textInDrawingOrder(received)))
                .contains("No. Barang Satuan Dikirim Diterima Rusak ringan Rusak berat Kurang");
        assertThat(lines(text)).contains("1. Surat suara lembar 612 587 0 5 25", "2. Kotak suara buah 2 2 1 0 0",
                "3. Tinta botol 2 2 0 0 0");
    }

    @Test
    void remarksNameTheDiscrepanciesTheDelayAndTheReplacement() throws IOException {
        String text = flat(text(received));

        assertThat(text).contains("Tertunda pada 20/11/2024 pukul 09.15 WITA: banjir.",
                "Surat suara: kurang 25 lembar.", "Surat suara: rusak berat 5 lembar, tidak dapat dipakai.",
                "Kotak suara: rusak ringan 1 buah, masih dapat dipakai.",
                "Kekurangan dan barang rusak berat dilengkapi dengan pengiriman pengganti KPG-2024-0107.")
                .doesNotContain("Seluruh barang diterima lengkap");
    }

    @Test
    void bothPartiesSignWithTheirNamesAndTimes() throws IOException {
        String text = text(received);

        assertThat(text.substring(text.lastIndexOf("Yang menyerahkan,"))).contains("Yang menerima,");
        assertThat(lines(text)).contains("Yosef Tanesib Maria Ndun",
                "dikirim 20/11/2024 pukul 08.00 WITA diterima 20/11/2024 pukul 14.30 WITA");
    }

    @Test
    void aCompleteReceiptSaysSo() throws IOException {
        ShipmentDocument complete = ShipmentDocumentFixtures.receivedShort();
        complete = new ShipmentDocument(complete.number(), "DITERIMA", complete.from(), complete.to(),
                complete.vehicle(), complete.driver(), false, complete.sealsAsEntered(), complete.seals(),
                complete.departure(), complete.eta(), complete.received(), complete.timeZone(),
                List.of(new Line("Tinta", "botol", 2, 2, 0, 0, 0)), List.of(), null, List.of(),
                complete.handedOverBy(), complete.receivedBy(), LOOKUP);

        String text = flat(text(PDF.render(complete)));

        assertThat(text).contains("Seluruh barang diterima lengkap dan dalam keadaan baik.",
                "Status: Diterima lengkap", "Pengawalan : Tanpa pengawalan").doesNotContain("kurang", "DRAF");
    }

    @Test
    void beforeTheReceiptItIsADraftOnEveryPageWithTheReceivedColumnsLeftBlank() throws IOException {
        List<String> pages = pageTexts(longDraft);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        // The rotated watermark comes out of text extraction unreliably; the status line is on every page
        assertThat(pages).allSatisfy(page -> assertThat(page)
                .contains("Status: DRAF \u2013 belum diterima (Dalam perjalanan)"));
        String text = String.join("", pages);
        assertThat(flat(text)).contains("Berita acara ini disiapkan sebelum serah terima",
                "Diterima : Belum diterima", "Barang belum diterima; selisih dicatat pada saat serah terima.")
                .doesNotContain("Pada hari ini");
        assertThat(lines(text)).contains("1. Surat suara lembar 1.224", "48. Formulir cadangan 40 lembar 400");
        // Who received is still to sign on the dotted line
        assertThat(text.substring(text.lastIndexOf("Yang menerima,"))).contains("Yosef Tanesib", "(\u2026");
    }

    @Test
    void everyPageCarriesTheShipmentsQrCode() throws IOException {
        List<List<String>> codes = qrCodesPerPage(longDraft);

        assertThat(codes).hasSizeGreaterThanOrEqualTo(2).allSatisfy(page -> assertThat(page).containsExactly(LOOKUP));
        assertThat(qrCodesPerPage(received)).containsExactly(List.of(LOOKUP));
    }

    @Test
    void regionsTheTreeDoesNotKnowPrintAsCodesAndMarkupAsText() throws IOException {
        ShipmentDocument s = ShipmentDocumentFixtures.receivedShort();
        Place from = new Place("GUDANG", "99.01", 0, List.of());
        Place to = new Place("PPK", "99.01.02", 0, List.of());
        ShipmentDocument unknown = new ShipmentDocument("KRM <1> & 2", s.status(), from, to, s.vehicle(),
                "<b>Sopir</b> & kernet", s.escortNeeded(), null, List.of(), s.departure(), null, s.received(),
                "WIB", s.lines(), List.of(), "KRM-0", List.of(), null, s.receivedBy(), null);

        String text = flat(text(PDF.render(unknown)));

        assertThat(text).contains("Nomor: KRM <1> & 2", "Dari : Gudang KPU 99.01 99.01",
                "Tujuan : PPK Kecamatan 99.01.02 99.01.02", "Pengemudi : <b>Sopir</b> & kernet",
                "Segel / nomor kotak : Tidak dicatat", "Perkiraan tiba : \u2013", "Menggantikan pengiriman : KRM-0",
                "Pengiriman ini melengkapi kekurangan pengiriman KRM-0.", "pukul 14.30 WIB");
        assertThat(qrCodesPerPage(PDF.render(unknown))).containsExactly(List.of());
    }
}
