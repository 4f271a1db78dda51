package id.deskpilkada.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.deskpilkada.meeting.document.MinutesDocument.ActionLine;
import id.deskpilkada.meeting.document.MinutesDocument.Addendum;
import id.deskpilkada.meeting.document.MinutesDocument.AgendaSection;
import id.deskpilkada.meeting.document.MinutesDocument.Participant;
import id.deskpilkada.meeting.document.MinutesDocument.Report;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NotulaPdfTest {

    private static final String VERIFY =
            "https://deskpilkada.example.go.id/v/notula/3f2b9c1e-7d4a-4e61-b0a8-1c5e9d2f6a70";
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String TITLE = "Rakor Kesiapan Pengamanan Pilkada Serentak 2024 Provinsi NTT";
    private static final LocalDate RAKOR_DAY = LocalDate.of(2024, 11, 26);

    private static final NotulaPdf PDF = new NotulaPdf();

    /** The full rakor as draft and as approved, rendered once: rendering dominates this class's run time. */
    private static byte[] draft;
    private static byte[] approved;

    @BeforeAll
    static void renderTheRakor() {
        draft = PDF.render(rakor("DRAF", agenda()));
        approved = PDF.render(rakor("DISAHKAN", agenda()));
    }

    @Test
    void printsTheHeadingFieldsParticipantsReportsAndSignatures() throws IOException {
        String text = text(draft);

        assertThat(flat(text)).contains("NOTULA RAPAT", "Rapat Koordinasi", "Provinsi Nusa Tenggara Timur",
                "Nama rapat", "Rakor Kesiapan Pengamanan Pilkada Serentak 2024 Provinsi NTT",
                "Hari/tanggal", "Selasa, 26 November 2024",
                "Waktu", "09.00 \u2013 12.00 WITA",
                "Tempat/Media", "Daring (Zoom) dari Ruang Rapat Gubernur NTT",
                "Pimpinan rapat", "Ayodhia G. L. Kalake", "Penjabat Gubernur NTT",
                "Notulis", "Maria Goreti Bria");
        assertThat(lines(text)).contains(
                "1. KPU Provinsi NTT Hadir",
                "2. Bawaslu Provinsi NTT Diwakili oleh Yohanes D. (Kabag Pengawasan)",
                "3. Polda NTT Hadir",
                "4. Dinas Perhubungan Provinsi NTT Tidak hadir",
                "5. Korem 161/Wira Sakti belum dicatat");
        assertThat(text).contains("Kodim 1604/Kupang", "peserta tambahan");
        assertThat(lines(text)).contains("Polda NTT personel gabungan siap 28508 orang 26/11/2024");
        assertThat(flat(text)).contains("I. Pembukaan", "II. Laporan Kesiapan Pengamanan", "Keputusan",
                "1. Operasi Mantap Praja Turangga 2024 dilanjutkan", "2. Posko terpadu dibuka 24 jam");
        assertThat(flat(textInDrawingOrder(draft))).contains("Tindak lanjut",
                "Uraian Penanggung jawab instansi PIC Tenggat Status",
                "Distribusi logistik ke Kabupaten Sabu Raijua KPU Provinsi NTT Ketua Divisi Logistik 29/11/2024 "
                        + "Dalam proses",
                "Patroli gabungan di TPS rawan Polda NTT Karo Ops 27/11/2024 Terbuka");
        assertThat(text).contains("Pimpinan Rapat", "Halaman 1 dari", "Halaman 2 dari");
        // The signature block is the last thing on the last page
        assertThat(text.substring(text.lastIndexOf("Pimpinan Rapat")))
                .contains("Notulis", "Ayodhia G. L. Kalake", "Maria Goreti Bria");
    }

    @Test
    void minutesRichTextKeepsItsLineBreaksEntitiesAndLists() throws IOException {
        String text = text(draft);

        assertThat(lines(text)).contains(
                "Rapat dibuka pukul 09.05\u00A0WITA oleh Penjabat Gubernur.", // &nbsp; stays a no-break space
                "Seluruh peserta diminta menjaga netralitas ASN.",
                "Kapolda: situasi kamtibmas aman & terkendali.");
        assertThat(text).contains("TPS rawan banjir di Kabupaten Malaka", "TPS 3T di pulau-pulau kecil");
    }

    @Test
    void everyPageCarriesTheVerificationQrCode() throws Exception {
        try (PDDocument document = Loader.loadPDF(approved)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 150, ImageType.GRAY);
                assertThat(decodeQr(image)).as("QR code on page %d", page + 1).isEqualTo(VERIFY);
            }
        }
    }

    @Test
    void aDraftSaysSoOnEveryPage() throws IOException {
        String text = text(draft);

        assertThat(text).doesNotContain("SHA-256");
        assertThat(count(text, "Status: DRAF")).isEqualTo(pageCount(draft)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anApprovedNotulaShowsWhenAndItsContentHash() throws IOException {
        String text = text(approved);

        assertThat(text).contains("Status: Disahkan 27/11/2024 pukul 10.15 WITA", "SHA-256: " + HASH)
                .doesNotContain("DRAF");
    }

    @Test
    void markupInPlainFieldsPrintsAsText() throws IOException {
        MinutesDocument doc = rakor("Rapat <script>alert(1)</script> KPU & Bawaslu", "DRAF",
                List.of(section(1, "Pembukaan <b>&</b>", "<p>Dibuka.</p>")), List.of());

        String text = text(PDF.render(doc));

        assertThat(text).contains("Rapat <script>alert(1)</script> KPU & Bawaslu", "I. Pembukaan <b>&</b>");
    }

    @Test
    void minutesThatStillDoNotParseFallBackToTheirPlainText() throws IOException {
        String broken = "<p>Catatan <b>tebal tanpa penutup</p><p>Paragraf R&D kedua &amp; terakhir</p>";

        String text = text(PDF.render(rakor("DRAF", List.of(section(1, "Pembukaan", broken)))));

        assertThat(lines(text)).contains("Catatan tebal tanpa penutup", "Paragraf R&D kedua & terakhir");
    }

    @Test
    void addendaFollowTheAgenda() throws IOException {
        MinutesDocument doc = rakor(TITLE, "DISAHKAN", List.of(section(1, "Pembukaan", "<p>Dibuka.</p>")),
                List.of(new Addendum(1, "<p>Nilai personel dikoreksi menjadi 28&nbsp;512 orang.</p>",
                        LocalDateTime.of(2024, 11, 28, 8, 30))));

        String text = text(PDF.render(doc));

        assertThat(text).contains("Adendum", "Adendum 1 (disahkan 28/11/2024 pukul 08.30 WITA)",
                "Nilai personel dikoreksi menjadi 28\u00A0512 orang.");
    }

    // --- the rakor of 26 November 2024 ---

    private static MinutesDocument rakor(String status, List<AgendaSection> agenda) {
        return rakor(TITLE, status, agenda, List.of());
    }

    private static MinutesDocument rakor(String title, String status, List<AgendaSection> agenda,
                                         List<Addendum> addenda) {
        boolean approved = "DISAHKAN".equals(status);
        return new MinutesDocument(title, "Rapat Koordinasi", "Provinsi Nusa Tenggara Timur", RAKOR_DAY,
                LocalTime.of(9, 0), LocalTime.of(12, 0), "WITA", "Daring (Zoom) dari Ruang Rapat Gubernur NTT",
                "Ayodhia G. L. Kalake", "Penjabat Gubernur NTT", "Maria Goreti Bria", participants(), agenda, status,
                approved ? LocalDateTime.of(2024, 11, 27, 10, 15) : null, approved ? HASH : null, VERIFY,
                addenda);
    }

    private static List<Participant> participants() {
        return List.of(
                new Participant("KPU Provinsi NTT", "HADIR", null, false),
                new Participant("Bawaslu Provinsi NTT", "DIWAKILI", "Yohanes D. (Kabag Pengawasan)", false),
                new Participant("Polda NTT", "HADIR", null, false),
                new Participant("Dinas Perhubungan Provinsi NTT", "TIDAK_HADIR", null, false),
                new Participant("Korem 161/Wira Sakti", null, null, false),
                new Participant("Kodim 1604/Kupang", "HADIR", null, true));
    }

    private static List<AgendaSection> agenda() {
        List<AgendaSection> agenda = new ArrayList<>();
        agenda.add(section(1, "Pembukaan", "<p>Rapat dibuka pukul 09.05&nbsp;WITA oleh Penjabat Gubernur.<br>"
                + "Seluruh peserta diminta menjaga netralitas ASN.</p>"));
        agenda.add(new AgendaSection(2, "Laporan Kesiapan Pengamanan",
                "<p>Kapolda: situasi kamtibmas aman &amp; terkendali.</p><ul><li>TPS rawan banjir di Kabupaten "
                        + "Malaka</li><li>TPS 3T di pulau-pulau kecil</li></ul>",
                List.of(new Report("Polda NTT", "personel gabungan siap", "28508", "orang", RAKOR_DAY),
                        new Report("KPU Provinsi NTT", "logistik terdistribusi", "87", "%", RAKOR_DAY)),
                List.of("Operasi Mantap Praja Turangga 2024 dilanjutkan sampai pelantikan",
                        "Posko terpadu dibuka 24 jam mulai 25 November 2024"),
                List.of(new ActionLine("Distribusi logistik ke Kabupaten Sabu Raijua", "KPU Provinsi NTT",
                                "Ketua Divisi Logistik", LocalDate.of(2024, 11, 29), "DALAM_PROSES"),
                        new ActionLine("Patroli gabungan di TPS rawan", "Polda NTT", "Karo Ops",
                                LocalDate.of(2024, 11, 27), "TERBUKA"))));
        // Enough discussion to need a second page, as a real rakor does
        IntStream.rangeClosed(3, 6).forEach(n -> agenda.add(section(n, "Pembahasan Kabupaten " + n,
                "<p>" + "Peserta menyampaikan kondisi wilayah, kesiapan personel dan logistik. ".repeat(12)
                        + "</p>")));
        return agenda;
    }

    private static AgendaSection section(int number, String title, String minutesHtml) {
        return new AgendaSection(number, title, minutesHtml, List.of(), List.of(), List.of());
    }

    // --- reading the PDF back ---

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            // List numbers and page counters are drawn apart from their text: read the page as a person does
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    /** Text as drawn: the wrapped lines of one table cell stay together, but list numbers come apart. */
    private static String textInDrawingOrder(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pageCount(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return document.getNumberOfPages();
        }
    }

    /** The text with line wrapping undone, for values that may wrap in a table cell. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String decodeQr(BufferedImage page) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
