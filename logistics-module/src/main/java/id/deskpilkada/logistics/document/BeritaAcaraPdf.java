package id.deskpilkada.logistics.document;

import id.deskpilkada.platform.document.XhtmlPdf;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The berita acara serah terima of a shipment as a PDF: route, transport, seals, times in the destination's zone,
 * the items sent, counted, damaged and short, remarks, both signatures and the shipment's QR code on every page.
 * Until the receipt it is marked DRAF.
 */
@ApplicationScoped
public class BeritaAcaraPdf {

    private final BeritaAcaraXhtml xhtml = new BeritaAcaraXhtml();

    public byte[] render(ShipmentDocument doc) {
        return XhtmlPdf.render(xhtml.build(doc), "the berita acara of " + doc.number());
    }
}
