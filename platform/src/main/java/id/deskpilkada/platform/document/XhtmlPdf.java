package id.deskpilkada.platform.document;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An XHTML document as PDF through openhtmltopdf. Uses only the PDF base fonts, so nothing needs installing on
 * the server.
 */
public final class XhtmlPdf {

    private XhtmlPdf() {
    }

    /**
     * @param xhtml    a well-formed document (see {@link Xhtml}); its only resources are {@code data:} URIs
     * @param document what is rendered, for the message should rendering fail
     */
    public static byte[] render(String xhtml, String document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(xhtml, null);
        // Documents embed what they show (QR codes): user text must not make the server fetch a URL or a file
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), when);
        }
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            // Nothing is read or written outside memory, so this is a rendering bug, not an I/O condition
            throw new UncheckedIOException("Cannot render " + document, e);
        }
        return out.toByteArray();
    }
}
