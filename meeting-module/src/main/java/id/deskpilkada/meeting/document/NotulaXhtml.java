package id.deskpilkada.meeting.document;

import static id.deskpilkada.platform.document.Xhtml.row;
import static id.deskpilkada.platform.document.Xhtml.td;
import static id.deskpilkada.platform.document.Xhtml.text;

import id.deskpilkada.meeting.document.MinutesDocument.ActionLine;
import id.deskpilkada.meeting.document.MinutesDocument.Addendum;
import id.deskpilkada.meeting.document.MinutesDocument.AgendaSection;
import id.deskpilkada.meeting.document.MinutesDocument.Participant;
import id.deskpilkada.meeting.document.MinutesDocument.Report;
import id.deskpilkada.platform.document.DocumentLabels;
import id.deskpilkada.platform.document.PageMargins;
import id.deskpilkada.platform.document.Xhtml;
import java.util.List;

/**
 * The notula as an XHTML document for openhtmltopdf: the structure is here, the look in the platform's official
 * page and {@code notula.css}, the words in {@code notula.properties}. Every value from the record passes through
 * {@link Xhtml} on its way in.
 */
final class NotulaXhtml {

    static final String APPROVED = "DISAHKAN";
    static final String BUNDLE = "id.deskpilkada.meeting.document.notula";

    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
            "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    private final DocumentLabels labels;
    private final String stylesheet;

    NotulaXhtml() {
        this.labels = new DocumentLabels(BUNDLE, NotulaXhtml.class.getClassLoader());
        this.stylesheet = Xhtml.resource(NotulaXhtml.class, "notula.css");
    }

    String build(MinutesDocument doc) {
        StringBuilder out = new StringBuilder(32_768);
        Xhtml.open(out, labels.get("document.title", doc.title()), PageMargins.STYLESHEET, stylesheet);
        pageMargins(out, doc);
        heading(out, doc);
        participants(out, doc.participants());
        agenda(out, doc.agenda());
        addenda(out, doc.addenda(), doc.timeZone());
        signatures(out, doc);
        Xhtml.close(out);
        return out.toString();
    }

    private void pageMargins(StringBuilder out, MinutesDocument doc) {
        boolean approved = APPROVED.equals(doc.status());
        String status;
        if (approved) {
            status = text(labels.get("status.label", labels.get("status.DISAHKAN",
                    labels.dateTime(doc.approvedAt(), doc.timeZone()))));
            if (!isBlank(doc.contentHash())) {
                status += "<br/>" + text(labels.get("footer.hash", doc.contentHash()));
            }
        } else {
            status = text(labels.get("status.label", labels.code("status", doc.status())));
        }
        PageMargins.write(out, doc.verificationUrl(), labels.get("qr.caption"), status,
                labels.pageCounter("footer.page"), approved ? null : labels.get("status.watermark"));
    }

    private void heading(StringBuilder out, MinutesDocument doc) {
        out.append("<h1>").append(text(labels.get("heading"))).append("</h1>");
        if (!isBlank(doc.meetingType()) && !isBlank(doc.regionName())) {
            out.append("<p class=\"subheading\">")
                    .append(text(labels.get("subheading", doc.meetingType(), doc.regionName()))).append("</p>");
        }
        out.append("<table class=\"fields\">");
        field(out, "field.title", text(doc.title()));
        field(out, "field.date", text(labels.longDate(doc.date())));
        field(out, "field.time", text(labels.get("format.timeRange", labels.time(doc.start()),
                labels.time(doc.end()), doc.timeZone())));
        field(out, "field.place", text(doc.place()));
        field(out, "field.chair", text(doc.chair()) + chairPosition(doc));
        field(out, "field.minuteTaker", text(doc.minuteTaker()));
        out.append("</table>");
    }

    private void field(StringBuilder out, String labelKey, String valueXhtml) {
        row(out, td("label", text(labels.get(labelKey))), td("colon", ":"), td(valueXhtml));
    }

    private void participants(StringBuilder out, List<Participant> participants) {
        out.append("<h2>").append(text(labels.get("participants.heading"))).append("</h2>");
        if (isEmpty(participants)) {
            out.append("<p>").append(text(labels.get("participants.none"))).append("</p>");
            return;
        }
        tableHead(out, "participants.number", "participants.agency", "participants.attendance");
        int number = 0;
        for (Participant p : participants) {
            String agency = text(p.agency());
            if (p.walkIn()) {
                agency += "<br/><span class=\"note\">" + text(labels.get("participants.walkIn")) + "</span>";
            }
            row(out, td("number", ++number + "."), td(agency), td(text(attendance(p))));
        }
        out.append("</tbody></table>");
    }

    private String attendance(Participant p) {
        if (p.attendance() == null) {
            return labels.get("attendance.none");
        }
        if ("DIWAKILI".equals(p.attendance())) {
            return isBlank(p.representative()) ? labels.get("attendance.DIWAKILI.unnamed")
                    : labels.get("attendance.DIWAKILI", p.representative());
        }
        return labels.code("attendance", p.attendance());
    }

    private void agenda(StringBuilder out, List<AgendaSection> agenda) {
        if (isEmpty(agenda)) {
            return;
        }
        out.append("<h2>").append(text(labels.get("agenda.heading"))).append("</h2>");
        for (AgendaSection section : agenda) {
            out.append("<h3>").append(text(labels.get("agenda.itemTitle", roman(section.number()),
                    section.title()))).append("</h3>");
            String minutes = RichTextXhtml.richText(section.minutesHtml());
            out.append("<div class=\"minutes\">")
                    .append(minutes.isEmpty() ? "<p>" + text(labels.get("agenda.noMinutes")) + "</p>" : minutes)
                    .append("</div>");
            reports(out, section.reports());
            decisions(out, section.decisions());
            actionItems(out, section.actionItems());
        }
    }

    private void reports(StringBuilder out, List<Report> reports) {
        if (isEmpty(reports)) {
            return;
        }
        out.append("<h4>").append(text(labels.get("reports.heading"))).append("</h4>");
        tableHead(out, "reports.agency", "reports.indicator", "reports.value", "reports.unit", "reports.asOf");
        for (Report r : reports) {
            row(out, td(text(r.agency())), td(text(r.indicator())), td("value", text(r.value())),
                    td(text(r.unit())), td("date", text(labels.shortDate(r.asOf()))));
        }
        out.append("</tbody></table>");
    }

    private void decisions(StringBuilder out, List<String> decisions) {
        if (isEmpty(decisions)) {
            return;
        }
        out.append("<h4>").append(text(labels.get("decisions.heading"))).append("</h4><ol>");
        decisions.forEach(d -> out.append("<li>").append(text(d)).append("</li>"));
        out.append("</ol>");
    }

    private void actionItems(StringBuilder out, List<ActionLine> actions) {
        if (isEmpty(actions)) {
            return;
        }
        out.append("<h4>").append(text(labels.get("actions.heading"))).append("</h4>");
        tableHead(out, "actions.number", "actions.description", "actions.ownerAgency", "actions.personInCharge",
                "actions.due", "actions.status");
        int number = 0;
        for (ActionLine a : actions) {
            String status = a.status() == null ? "" : labels.code("actionStatus", a.status());
            row(out, td("number", ++number + "."), td(text(a.description())), td(text(a.ownerAgency())),
                    td(text(a.personInCharge())), td("date", text(labels.shortDate(a.due()))), td(text(status)));
        }
        out.append("</tbody></table>");
    }

    private void addenda(StringBuilder out, List<Addendum> addenda, String timeZone) {
        if (isEmpty(addenda)) {
            return;
        }
        out.append("<h2>").append(text(labels.get("addenda.heading"))).append("</h2>");
        for (Addendum a : addenda) {
            out.append("<h3>").append(text(labels.get("addendum.title", String.valueOf(a.number()),
                    labels.dateTime(a.approvedAt(), timeZone)))).append("</h3><div class=\"minutes\">")
                    .append(RichTextXhtml.richText(a.textHtml())).append("</div>");
        }
    }

    /** Two columns with room to sign between the role and the name. */
    private void signatures(StringBuilder out, MinutesDocument doc) {
        out.append("<table class=\"signatures\">");
        row(out, td(text(labels.get("signature.chair"))), td(text(labels.get("signature.minuteTaker"))));
        row(out, td("space", ""), td("space", ""));
        row(out, td(signer(doc.chair()) + chairPosition(doc)), td(signer(doc.minuteTaker())));
        out.append("</table>");
    }

    private static String signer(String name) {
        return "<span class=\"signer\">" + text(name) + "</span>";
    }

    /** The chair's position on its own line under the name, as in the heading so under the signature. */
    private static String chairPosition(MinutesDocument doc) {
        return isBlank(doc.chairPosition()) ? ""
                : "<br/><span class=\"position\">" + text(doc.chairPosition()) + "</span>";
    }

    /** Opens a bordered table with its header row; the header repeats when the table runs onto a new page. */
    private void tableHead(StringBuilder out, String... columnKeys) {
        out.append("<table class=\"grid\"><thead><tr>");
        for (String key : columnKeys) {
            out.append("<th>").append(text(labels.get(key))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
    }

    /** Agenda items are numbered I, II, III as in official minutes; a number beyond 3999 stays arabic. */
    static String roman(int number) {
        if (number <= 0 || number >= 4000) {
            return String.valueOf(number);
        }
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; rest >= ROMAN_VALUES[i]; rest -= ROMAN_VALUES[i]) {
                out.append(ROMAN_SYMBOLS[i]);
            }
        }
        return out.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
