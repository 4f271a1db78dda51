package id.deskpilkada.logistics.document;

import id.deskpilkada.platform.document.XhtmlPdf;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Labels for the packed boxes of a shipment as a PDF to print on A4 and cut: one per seal (box k of n), eight to a
 * sheet, each with a QR code a phone can read (see {@link id.deskpilkada.logistics.domain.BoxTag}).
 */
@ApplicationScoped
public class BoxLabelsPdf {

    private final BoxLabelsXhtml xhtml = new BoxLabelsXhtml();

    public byte[] render(ShipmentDocument doc) {
        return XhtmlPdf.render(xhtml.build(doc), "the box labels of " + doc.number());
    }
}
