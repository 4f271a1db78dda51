package id.deskpilkada.logistics.document;

import static id.deskpilkada.platform.document.Xhtml.text;

import id.deskpilkada.logistics.domain.BoxTag;
import id.deskpilkada.platform.document.DocumentLabels;
import id.deskpilkada.platform.document.QrCodes;
import id.deskpilkada.platform.document.Xhtml;

/**
 * The box labels as an XHTML document for openhtmltopdf: a sheet per {@value #PER_SHEET} labels, two columns of
 * fixed-size cells with dashed cutting lines ({@code box-labels.css}), so the number of sheets follows from the
 * number of boxes alone. A shipment without seals gets one label.
 */
final class BoxLabelsXhtml {

    static final int PER_SHEET = 8;
    private static final int COLUMNS = 2;

    /** About 28 mm printed, six pixels a module for the short box tag: sharp at 200 dpi and more. */
    private static final int QR_PIXELS = 240;

    private final ShipmentWords words = new ShipmentWords();
    private final DocumentLabels labels = words.labels;
    private final String stylesheet = Xhtml.resource(BoxLabelsXhtml.class, "box-labels.css");

    String build(ShipmentDocument doc) {
        int boxes = Math.max(1, doc.seals().size());
        String to = text(words.place(doc.to()));
        String toDetail = text(words.placeDetail(doc.to()));
        String from = text(words.place(doc.from()));
        String contents = text(words.contents(doc.lines()));

        StringBuilder out = new StringBuilder(4_096 + boxes * 2_048);
        Xhtml.open(out, labels.get("labels.title", doc.number()), stylesheet);
        for (int first = 0; first < boxes; first += PER_SHEET) {
            out.append(first == 0 ? "<table class=\"sheet\">" : "<table class=\"sheet next\">");
            for (int row = first; row < first + PER_SHEET; row += COLUMNS) {
                out.append("<tr>");
                for (int box = row; box < row + COLUMNS; box++) {
                    if (box < boxes) {
                        String seal = doc.seals().isEmpty() ? null : doc.seals().get(box);
                        label(out, doc.number(), new BoxTag(doc.number(), box + 1, boxes, seal), to, toDetail, from,
                                contents);
                    } else {
                        out.append("<td class=\"label empty\"></td>");
                    }
                }
                out.append("</tr>");
            }
            out.append("</table>");
        }
        Xhtml.close(out);
        return out.toString();
    }

    private void label(StringBuilder out, String number, BoxTag tag, String to, String toDetail, String from,
                       String contents) {
        out.append("<td class=\"label\"><div class=\"label-box\"><table class=\"label-head\"><tr><td>")
                .append("<div class=\"shipment\">").append(text(labels.get("label.shipment", number))).append("</div>")
                .append("<div class=\"box\">").append(text(labels.get("label.box", tag.box(), tag.boxes())))
                .append("</div><div class=\"seal\">")
                .append(text(tag.seal().isEmpty() ? labels.get("label.noSeal") : labels.get("label.seal", tag.seal())))
                .append("</div></td><td class=\"qr\"><img src=\"").append(QrCodes.pngDataUri(tag.text(), QR_PIXELS))
                .append("\" alt=\"").append(text(tag.text())).append("\"/></td></tr></table>")
                .append("<div class=\"caption\">").append(text(labels.get("label.to"))).append("</div>")
                .append("<div class=\"to\">").append(to).append("</div><div class=\"detail\">").append(toDetail)
                .append("</div><div class=\"caption\">").append(text(labels.get("label.from"))).append("</div>")
                .append("<div class=\"from\">").append(from).append("</div>")
                .append("<div class=\"caption\">").append(text(labels.get("label.contents"))).append("</div>")
                .append("<div class=\"contents\">").append(contents).append("</div></div></td>");
    }
}
