package id.deskpilkada.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class XhtmlPdfTest {

    private static final String LINK = "https://deskpilkada.example.go.id/logistics/shipment.xhtml?id=42";

    @Test
    void anOfficialPageCarriesItsCodeStatusPageCounterAndWatermark() throws Exception {
        StringBuilder out = new StringBuilder();
        Xhtml.open(out, "Contoh", PageMargins.STYLESHEET);
        PageMargins.write(out, LINK, "Pindai", Xhtml.text("Status: Draf & belum final"),
                DocumentLabelsTest.LABELS.pageCounter("footer.page"), "DRAF");
        out.append("<h1>").append(Xhtml.text("CONTOH <DOKUMEN>")).append("</h1>");
        Xhtml.close(out);

        byte[] pdf = XhtmlPdf.render(out.toString(), "a sample");

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDFTextStripper stripper = new PDFTextStripper();
            // The page counter is drawn apart from its words: read the page as a person does
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(document)).contains("CONTOH <DOKUMEN>", "Pindai",
                    "Status: Draf & belum final", "Halaman 1 dari 1", "DRAF");
            var image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText())
                    .isEqualTo(LINK);
        }
    }

    @Test
    void nothingOutsideTheDocumentIsFetched() throws Exception {
        String xhtml = "<html xmlns=\"" + Xhtml.NAMESPACE + "\"><body><p>Teks</p>"
                + "<img src=\"file:///etc/passwd\"/><img src=\"http://127.0.0.1:1/x.png\"/></body></html>";

        byte[] pdf = XhtmlPdf.render(xhtml, "a document with outside images");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Teks");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isEmpty();
        }
    }
}
