package id.deskpilkada.meeting.document;

import id.deskpilkada.platform.document.XhtmlPdf;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notula (minutes) of a meeting as a PDF in the usual Indonesian layout, with the verification QR code on every
 * page.
 */
@ApplicationScoped
public class NotulaPdf {

    private final NotulaXhtml xhtml = new NotulaXhtml();

    public byte[] render(MinutesDocument doc) {
        return XhtmlPdf.render(xhtml.build(doc), "the notula of " + doc.title());
    }
}
