package id.deskpilkada.meeting.document;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The notula (minutes) of a meeting as a PDF in the usual Indonesian layout, with the verification QR code on every
 * page. Uses only the PDF base fonts, so nothing needs installing on the server.
 */
@ApplicationScoped
public class NotulaPdf {

    private final NotulaXhtml xhtml;

    public NotulaPdf() {
        xhtml = new NotulaXhtml(new NotulaLabels());
    }

    public byte[] render(MinutesDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(xhtml.build(doc), null);
        // The only resource is the embedded QR code: minutes text must not make the server fetch a URL or a file
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), when);
        }
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            // Nothing is read or written outside memory, so this is a rendering bug, not an I/O condition
            throw new UncheckedIOException("Cannot render the notula of " + doc.title(), e);
        }
        return out.toByteArray();
    }
}
