package id.deskpilkada.logistics.document;

import static id.deskpilkada.platform.document.Xhtml.row;
import static id.deskpilkada.platform.document.Xhtml.td;
import static id.deskpilkada.platform.document.Xhtml.text;

import id.deskpilkada.logistics.document.ShipmentDocument.Interruption;
import id.deskpilkada.logistics.document.ShipmentDocument.Line;
import id.deskpilkada.logistics.document.ShipmentDocument.Party;
import id.deskpilkada.logistics.document.ShipmentDocument.Place;
import id.deskpilkada.platform.document.DocumentLabels;
import id.deskpilkada.platform.document.PageMargins;
import id.deskpilkada.platform.document.Xhtml;
import java.util.ArrayList;
import java.util.List;

/**
 * The berita acara serah terima as an XHTML document for openhtmltopdf: the structure is here, the look in the
 * platform's official page and {@code berita-acara.css}, the words in {@code shipment.properties}. Every value
 * from the record passes through {@link Xhtml#text} on its way in.
 */
final class BeritaAcaraXhtml {

    private final ShipmentWords words = new ShipmentWords();
    private final DocumentLabels labels = words.labels;
    private final String stylesheet = Xhtml.resource(BeritaAcaraXhtml.class, "berita-acara.css");

    String build(ShipmentDocument doc) {
        StringBuilder out = new StringBuilder(16_384);
        Xhtml.open(out, labels.get("ba.title", doc.number()), PageMargins.STYLESHEET, stylesheet);
        pageMargins(out, doc);
        heading(out, doc);
        fields(out, doc);
        items(out, doc);
        remarks(out, doc);
        out.append("<p class=\"closing\">").append(text(labels.get("ba.closing"))).append("</p>");
        signatures(out, doc);
        Xhtml.close(out);
        return out.toString();
    }

    private void pageMargins(StringBuilder out, ShipmentDocument doc) {
        String status = labels.code("status", doc.status());
        PageMargins.write(out, doc.lookupUrl(), labels.get("qr.caption"),
                text(labels.get("status.label", doc.isReceived() ? status : labels.get("status.draft", status))),
                labels.pageCounter("footer.page"), doc.isReceived() ? null : labels.get("status.watermark"));
    }

    private void heading(StringBuilder out, ShipmentDocument doc) {
        out.append("<h1>").append(text(labels.get("ba.heading"))).append("</h1><p class=\"subheading\">")
                .append(text(labels.get("ba.number", doc.number()))).append("</p><p class=\"opening\">");
        if (doc.isReceived()) {
            out.append(text(labels.get("ba.opening.received", labels.longDate(doc.received().toLocalDate()),
                    labels.time(doc.received().toLocalTime()), doc.timeZone(), words.place(doc.to()),
                    words.place(doc.from()), words.place(doc.to()))));
        } else {
            out.append(text(labels.get("ba.opening.draft", words.place(doc.to()))));
        }
        out.append("</p>");
    }

    private void fields(StringBuilder out, ShipmentDocument doc) {
        out.append("<table class=\"fields\">");
        field(out, "field.number", text(doc.number()));
        field(out, "field.from", place(doc.from()));
        field(out, "field.to", place(doc.to()));
        field(out, "field.vehicle", text(doc.vehicle()));
        field(out, "field.driver", text(doc.driver()));
        field(out, "field.escort", text(labels.get("escort." + doc.escortNeeded())));
        field(out, "field.seals", text(isBlank(doc.sealsAsEntered()) ? labels.get("seals.none")
                : doc.seals().isEmpty() ? doc.sealsAsEntered()
                : labels.get("seals.counted", doc.sealsAsEntered().strip(), doc.seals().size())));
        field(out, "field.departure", text(words.dateTime(doc.departure(), doc.timeZone())));
        field(out, "field.eta", text(words.dateTime(doc.eta(), doc.timeZone())));
        field(out, "field.received", text(doc.isReceived() ? words.dateTime(doc.received(), doc.timeZone())
                : labels.get("received.none")));
        if (doc.replaces() != null) {
            field(out, "field.replaces", text(doc.replaces()));
        }
        if (!doc.replacements().isEmpty()) {
            field(out, "field.replacements", text(String.join(", ", doc.replacements())));
        }
        out.append("</table>");
    }

    private void field(StringBuilder out, String labelKey, String valueXhtml) {
        row(out, td("label", text(labels.get(labelKey))), td("colon", ":"), td(valueXhtml));
    }

    private String place(Place place) {
        return text(words.place(place)) + "<br/><span class=\"detail\">" + text(words.placeDetail(place))
                + "</span>";
    }

    /** Received columns stay empty on the draft: they are filled in by hand at the handover if need be. */
    private void items(StringBuilder out, ShipmentDocument doc) {
        out.append("<h2>").append(text(labels.get("items.heading"))).append("</h2><table class=\"grid items\">")
                .append("<thead><tr>");
        for (String key : List.of("items.number", "items.item", "items.unit", "items.sent", "items.counted",
                "items.damagedLight", "items.damagedHeavy", "items.shortage")) {
            out.append("<th>").append(text(labels.get(key))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        int number = 0;
        for (Line line : doc.lines()) {
            boolean counted = doc.isReceived() && line.counted() != null;
            row(out, td("number", ++number + "."), td(text(line.item())), td(text(line.unit())),
                    td("value", words.quantity(line.sent())),
                    td("value", counted ? words.quantity(line.counted()) : ""),
                    td("value", counted ? words.quantity(line.damagedLight()) : ""),
                    td("value", counted ? words.quantity(line.damagedHeavy()) : ""),
                    td(counted && line.shortage() > 0 ? "value short" : "value",
                            counted ? words.quantity(line.shortage()) : ""));
        }
        out.append("</tbody></table>");
    }

    private void remarks(StringBuilder out, ShipmentDocument doc) {
        List<String> remarks = new ArrayList<>();
        if (doc.replaces() != null) {
            remarks.add(labels.get("remarks.replaces", doc.replaces()));
        }
        for (Interruption i : doc.interruptions()) {
            remarks.add(labels.get("remarks.interruption", labels.code("status", i.status()),
                    words.dateTime(i.at(), doc.timeZone()), labels.code("reason", i.reason())));
        }
        if (!doc.isReceived()) {
            remarks.add(labels.get("remarks.pending"));
        } else {
            receiptRemarks(doc, remarks);
        }
        out.append("<h2>").append(text(labels.get("remarks.heading"))).append("</h2><ol class=\"remarks\">");
        remarks.forEach(r -> out.append("<li>").append(text(r)).append("</li>"));
        out.append("</ol>");
    }

    private void receiptRemarks(ShipmentDocument doc, List<String> remarks) {
        boolean discrepant = false;
        boolean damaged = false;
        for (Line line : doc.lines()) {
            if (line.shortage() > 0) {
                remarks.add(labels.get("remarks.shortage", line.item(), line.shortage(), line.unit()));
            }
            if (line.damagedHeavy() > 0) {
                remarks.add(labels.get("remarks.damagedHeavy", line.item(), line.damagedHeavy(), line.unit()));
            }
            if (line.damagedLight() > 0) {
                remarks.add(labels.get("remarks.damagedLight", line.item(), line.damagedLight(), line.unit()));
            }
            discrepant |= line.shortage() > 0 || line.damagedHeavy() > 0;
            damaged |= line.damagedLight() > 0;
        }
        if (!discrepant) {
            remarks.add(0, labels.get(damaged ? "remarks.completeUsable" : "remarks.complete"));
        } else if (doc.replacements().isEmpty()) {
            remarks.add(labels.get("remarks.followUp"));
        } else {
            remarks.add(labels.get("remarks.followUpSent", String.join(", ", doc.replacements())));
        }
    }

    /** Two columns with room to sign between the role and the name; a dotted line for a party still to come. */
    private void signatures(StringBuilder out, ShipmentDocument doc) {
        out.append("<table class=\"signatures\">");
        row(out, td(text(labels.get("signature.handedOver"))), td(text(labels.get("signature.received"))));
        row(out, td("space", ""), td("space", ""));
        row(out, td(signer(doc.handedOverBy(), "signature.handedOverAt", doc.timeZone())),
                td(signer(doc.receivedBy(), "signature.receivedAt", doc.timeZone())));
        out.append("</table>");
    }

    private String signer(Party party, String whenKey, String timeZone) {
        if (party == null) {
            return text(labels.get("signature.blank"));
        }
        return "<span class=\"signer\">" + text(party.name()) + "</span><br/><span class=\"position\">"
                + text(labels.get(whenKey, words.dateTime(party.at(), timeZone))) + "</span>";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
