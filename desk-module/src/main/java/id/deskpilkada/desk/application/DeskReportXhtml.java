package id.deskpilkada.desk.application;

import static id.deskpilkada.platform.document.Xhtml.row;
import static id.deskpilkada.platform.document.Xhtml.td;
import static id.deskpilkada.platform.document.Xhtml.text;

import id.deskpilkada.desk.domain.AgencyActions;
import id.deskpilkada.desk.domain.AnnouncedGap;
import id.deskpilkada.desk.domain.AttentionRanking.Attention;
import id.deskpilkada.desk.domain.AttentionRanking.Reason;
import id.deskpilkada.desk.domain.CategoryCounts;
import id.deskpilkada.desk.domain.IncidentCounts;
import id.deskpilkada.desk.domain.LateShipment;
import id.deskpilkada.desk.domain.LatestReport;
import id.deskpilkada.desk.domain.OverdueAction;
import id.deskpilkada.desk.domain.Personnel;
import id.deskpilkada.desk.domain.RegionFigures;
import id.deskpilkada.desk.domain.ShipmentCounts;
import id.deskpilkada.desk.domain.UpcomingMeeting;
import id.deskpilkada.platform.document.DocumentLabels;
import id.deskpilkada.platform.document.PageMargins;
import id.deskpilkada.platform.document.Xhtml;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.RegionCode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The dashboard of a region as an XHTML document for openhtmltopdf: the structure is here, the look in the
 * platform's official page and {@code desk-report.css}, the words in {@code desk-report.properties}. Every value
 * passes through {@link Xhtml#text} on its way in.
 */
final class DeskReportXhtml {

    static final String BUNDLE = "id.deskpilkada.desk.application.desk-report";

    private final DocumentLabels labels = new DocumentLabels(BUNDLE, DeskReportXhtml.class.getClassLoader());
    private final String stylesheet = Xhtml.resource(DeskReportXhtml.class, "desk-report.css");

    String build(RegionDesk desk, String printedBy) {
        StringBuilder out = new StringBuilder(32_768);
        Xhtml.open(out, labels.get("title", desk.region().name()), PageMargins.STYLESHEET, stylesheet);
        String asOf = local(desk.asOf(), desk.region().regionCode());
        PageMargins.write(out, null, "", text(labels.get("footer.status", printedBy, asOf)),
                labels.pageCounter("footer.page"), null);
        out.append("<h1>").append(text(labels.get("heading"))).append("</h1><p class=\"subheading\">")
                .append(text(labels.get("subheading", desk.region().name()))).append("</p><p class=\"asof\">")
                .append(text(labels.get("asOf", asOf))).append("</p>");
        election(out, desk.election());
        summary(out, desk);
        children(out, desk);
        attention(out, desk);
        meetings(out, desk);
        agencies(out, desk.actionsByAgency());
        overdue(out, desk);
        late(out, desk);
        reports(out, desk);
        gaps(out, desk);
        Xhtml.close(out);
        return out.toString();
    }

    private void election(StringBuilder out, ElectionView election) {
        heading(out, "election.heading");
        if (election == null) {
            paragraph(out, labels.get("election.none"));
            return;
        }
        paragraph(out, labels.get("election.line", election.name(), labels.longDate(election.votingDay()),
                election.countdown()));
        paragraph(out, labels.get("election.progress", election.stagesDone(), election.stagesTotal()));
        table(out, List.of("stage.number", "stage.name", "stage.plannedEnd", "stage.doneOn"), election.stages(),
                s -> row(out, td("number", s.ordinal() + "."), td(text(s.name())),
                        td("date", text(labels.shortDate(s.plannedEnd()))),
                        s.done() ? td("date", text(labels.shortDate(s.doneOn())))
                                : td(s.behind() ? "behind" : "date", text(s.behind() ? labels.get("stage.behind")
                                : labels.get("dash")))));
    }

    /** ", turun 5 poin dari 93%" after a change, nothing before the first. */
    private String trend(id.deskpilkada.desk.domain.Readiness readiness) {
        if (readiness.change() == 0) {
            return "";
        }
        return labels.get(readiness.dipped() ? "summary.readiness.dip" : "summary.readiness.rise",
                Math.abs(readiness.change()), readiness.previousPercent());
    }

    private void summary(StringBuilder out, RegionDesk desk) {
        heading(out, "summary.heading");
        RegionFigures f = desk.region().figures();
        out.append("<table class=\"fields\">");
        field(out, "summary.readiness", f.readiness() == null ? labels.get("summary.readiness.none")
                : labels.get("summary.readiness.value", f.readiness().percent(), f.readiness().tpsReady(),
                f.readiness().tpsTotal()) + trend(f.readiness()));
        ShipmentCounts s = f.shipments();
        field(out, "summary.shipments", labels.get("summary.shipments.value", s.onTheRoad(), s.delayed(), s.late()));
        IncidentCounts i = f.incidents();
        field(out, "summary.incidents", labels.get("summary.incidents.value", i.open(), i.escalated(), i.openHigh(),
                i.openMedium(), i.openLow(), i.done(), i.rejected()));
        CategoryCounts v = f.vulnerability();
        Personnel p = f.personnel();
        if (desk.securityByKabKota()) {
            field(out, "summary.vulnerability", labels.get("summary.vulnerability.value", v.kurangRawan(), v.rawan(),
                    v.sangatRawan(), v.khusus()));
            field(out, "summary.personnel", labels.get("summary.personnel.value", p.needed(), p.available(),
                    p.assigned(), p.gap()));
        } else {
            field(out, "summary.vulnerability", labels.get("summary.perKabKota"));
            field(out, "summary.personnel", labels.get("summary.perKabKota"));
        }
        field(out, "summary.index", f.index() == null ? labels.get("summary.index.none")
                : labels.get("summary.index.value", f.index().score(), f.index().level(), f.index().completeness()));
        field(out, "summary.actions", labels.get("summary.actions.value", f.actions().open(), f.actions().overdue()));
        field(out, "summary.minutes", labels.get("format.number", desk.minutesApproved()));
        out.append("</table>");
    }

    private void children(StringBuilder out, RegionDesk desk) {
        if (desk.children().isEmpty()) {
            return;
        }
        heading(out, "children.heading");
        table(out, List.of("children.region", "children.readiness", "children.late", "children.incidents",
                "children.gap", "children.overdue"), desk.children(), c -> {
                    RegionFigures f = c.figures();
                    row(out, td(text(c.regionCode() + " " + c.name())), td("value", f.readiness() == null
                                    ? labels.get("dash") : text(labels.get("format.percent", f.readiness().percent()))),
                            td("value", number(f.shipments().late())),
                            td("value", text(labels.get("format.ratio", f.incidents().open(), f.incidents().grave()))),
                            td("value", desk.securityByKabKota() ? number(f.personnel().gap()) : labels.get("dash")),
                            td("value", number(f.actions().overdue())));
                });
    }

    private void attention(StringBuilder out, RegionDesk desk) {
        if (desk.children().isEmpty()) {
            return;
        }
        heading(out, "attention.heading");
        int[] rank = {0};
        table(out, List.of("attention.rank", "attention.region", "attention.score", "attention.reasons"),
                desk.attention(), (Attention a) -> row(out, td("number", ++rank[0] + "."),
                        td(text(a.regionCode() + " " + desk.nameOf(a.regionCode()))),
                        td("value", text(labels.get("format.score", a.score()))), td(text(reasons(a.reasons())))));
        out.append("<p class=\"explain\">").append(text(labels.get("attention.explain"))).append("</p>");
    }

    private String reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> labels.get("reason." + r.sign().name(), r.figure()))
                .collect(Collectors.joining("; "));
    }

    private void meetings(StringBuilder out, RegionDesk desk) {
        heading(out, "meetings.heading");
        table(out, List.of("meetings.when", "meetings.title", "meetings.region"), desk.nextMeetings(),
                (UpcomingMeeting m) -> row(out, td("date", text(local(m.startsAtUtc(), m.regionCode()))),
                        td(text(m.title())), td(text(desk.nameOf(m.regionCode())))));
    }

    private void agencies(StringBuilder out, List<AgencyActions> agencies) {
        heading(out, "agencies.heading");
        table(out, List.of("agencies.agency", "agencies.open", "agencies.overdue"), agencies,
                a -> row(out, td(text(a.agencyName())), td("value", number(a.open())),
                        td("value", number(a.overdue()))));
    }

    private void overdue(StringBuilder out, RegionDesk desk) {
        heading(out, "overdue.heading");
        table(out, List.of("overdue.agency", "overdue.description", "overdue.due"), desk.overdueActions(),
                (OverdueAction o) -> row(out, td(text(o.agencyName())), td(text(o.description())),
                        td("date", text(labels.shortDate(o.dueDate())))));
    }

    private void late(StringBuilder out, RegionDesk desk) {
        heading(out, "late.heading");
        table(out, List.of("late.number", "late.region", "late.eta", "late.status"), desk.lateShipments(),
                (LateShipment s) -> row(out, td(text(s.shipmentNumber())), td(text(desk.nameOf(s.regionCode()))),
                        td("date", text(local(s.etaUtc(), s.regionCode()))),
                        td(text(s.delayed() ? labels.get("late.delayed", s.delayReason())
                                : labels.get("late.onTheRoad")))));
    }

    private void reports(StringBuilder out, RegionDesk desk) {
        heading(out, "reports.heading");
        table(out, List.of("reports.region", "reports.indicator", "reports.value", "reports.agency", "reports.date"),
                desk.latestReports(), (LatestReport r) -> row(out, td(text(desk.nameOf(r.regionCode()))),
                        td(text(r.indicator())), td("value", text((r.value() == null ? "" : r.value().stripTrailingZeros()
                                .toPlainString()) + (r.unit() == null ? "" : " " + r.unit()))),
                        td(text(r.agencyName())), td("date", text(labels.shortDate(r.reportedOn())))));
    }

    private void gaps(StringBuilder out, RegionDesk desk) {
        if (desk.gaps().isEmpty()) {
            return;
        }
        heading(out, "gaps.heading");
        table(out, List.of("gaps.region", "gaps.force", "gaps.needed", "gaps.available", "gaps.gap"), desk.gaps(),
                (AnnouncedGap g) -> row(out, td(text(desk.nameOf(g.regionCode()))),
                        td(text(labels.code("force", g.force()))), td("value", number(g.needed())),
                        td("value", number(g.available())), td("value", number(g.gap()))));
    }

    /** A grid of the rows, or "none" for no rows. */
    private <T> void table(StringBuilder out, List<String> headerKeys, List<T> rows, Consumer<T> writeRow) {
        if (rows.isEmpty()) {
            paragraph(out, labels.get("none"));
            return;
        }
        out.append("<table class=\"grid\"><thead><tr>");
        headerKeys.forEach(key -> out.append("<th>").append(text(labels.get(key))).append("</th>"));
        out.append("</tr></thead><tbody>");
        rows.forEach(writeRow);
        out.append("</tbody></table>");
    }

    private void heading(StringBuilder out, String key) {
        out.append("<h2>").append(text(labels.get(key))).append("</h2>");
    }

    private void paragraph(StringBuilder out, String plain) {
        out.append("<p>").append(text(plain)).append("</p>");
    }

    private void field(StringBuilder out, String labelKey, String plainValue) {
        row(out, td("label", text(labels.get(labelKey))), td("colon", ":"), td(text(plainValue)));
    }

    private String number(long n) {
        return text(labels.get("format.number", n));
    }

    /** A moment in the region's own zone, "26/11/2024 pukul 14.00 WITA"; the nation's in WIB. */
    private String local(Instant at, String regionCode) {
        return local(LocalDateTime.ofInstant(at, ZoneOffset.UTC), regionCode);
    }

    private String local(LocalDateTime utc, String regionCode) {
        if (utc == null) {
            return labels.get("dash");
        }
        IndonesianTimeZone zone = RegionCode.isWellFormed(regionCode) ? IndonesianTimeZone.forRegion(regionCode)
                : IndonesianTimeZone.WIB;
        ZoneId id = zone.zone();
        return labels.dateTime(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(id).toLocalDateTime(), zone.name());
    }
}
