package id.deskpilkada.portal.web;

import id.deskpilkada.desk.application.DeskDashboard;
import id.deskpilkada.desk.application.RegionDesk;
import id.deskpilkada.desk.domain.AttentionRanking.Reason;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Desk Pilkada dashboard of a region (desk/dashboard.xhtml?r=…, "-" for Indonesia): countdown and stages,
 * figures, charts, the children that need attention and the lists — all from the desk module's read model, one
 * service call per view. A child's name drills down.
 */
@Named
@ViewScoped
public class DeskDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NATION_PARAMETER = "-";

    @Inject
    transient DeskDashboard dashboard;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient Messages messages;

    @Inject
    transient ChangeFeedback refusals;

    @Inject
    transient Access access;

    private String region;
    private RegionDesk desk;
    private List<RegionSummary> path = List.of();

    /**
     * f:viewAction: the region of the "r" parameter, or the top of the user's jurisdiction; a code that is no region
     * is told and the top shown instead.
     */
    public void load() {
        if (NATION_PARAMETER.equals(region)) {
            region = "";
        } else if (region == null || region.isBlank()) {
            region = dashboard.topOfJurisdiction();
        }
        if (!refusals.attempt(() -> desk = dashboard.of(region))) {
            region = dashboard.topOfJurisdiction();
            desk = dashboard.of(region);
        }
        path = region.isEmpty() ? List.of() : regions.path(region);
    }

    /** The "r" parameter of a link to a region's dashboard: "-" for Indonesia. */
    public String parameterOf(String code) {
        return code == null || code.isEmpty() ? NATION_PARAMETER : code;
    }

    /** "kesiapan 61%; 1 kejadian berat" in the user's language. */
    public String reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> MessageFormat.format(messages.get("desk.reason." + r.sign().name()),
                r.figure())).collect(Collectors.joining("; "));
    }

    /** A moment (UTC) in the zone of the region it belongs to, as "26-11-2024 14:00 WITA". */
    public String local(LocalDateTime utc, String regionCode) {
        if (utc == null) {
            return "";
        }
        IndonesianTimeZone zone = RegionCode.isWellFormed(regionCode) ? IndonesianTimeZone.forRegion(regionCode)
                : IndonesianTimeZone.WIB;
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")) + " " + zone.name();
    }

    /** PrimeFaces tag severity of an index level as security words it. */
    public String levelSeverity(String level) {
        if (level == null) {
            return "secondary";
        }
        return switch (level.toLowerCase(java.util.Locale.ROOT)) {
            case "rendah" -> "success";
            case "sedang" -> "warning";
            case "tinggi" -> "danger";
            default -> "secondary";
        };
    }

    /** When the figures were read, in the region's zone. */
    public String getAsOf() {
        return local(LocalDateTime.ofInstant(desk.asOf(), ZoneOffset.UTC), desk.region().regionCode());
    }

    /** Whether the caller may open the region's dashboard: the breadcrumb links only those. */
    public boolean canOpen(String code) {
        return access.scope().covers(code);
    }

    /** The address of the PDF of this dashboard, under the REST API. */
    public String getReportPath() {
        return "/api/desk/" + parameterOf(region) + "/report.pdf";
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public RegionDesk getDesk() {
        return desk;
    }

    public List<RegionSummary> getPath() {
        return path;
    }

    /*
     * The charts are written when the page renders, not when it loads: only then does the view carry the user's
     * language, which the labels are in.
     */

    public String getReadinessChart() {
        return DeskCharts.readinessByChild(desk.children(), messages.get("desk.readiness"));
    }

    public String getCategoryChart() {
        return DeskCharts.tpsByCategory(desk.region().figures().vulnerability(),
                List.of(messages.get("escort.category.KURANG_RAWAN"), messages.get("escort.category.RAWAN"),
                        messages.get("escort.category.SANGAT_RAWAN"), messages.get("escort.category.KHUSUS")));
    }

    public String getIncidentChart() {
        return DeskCharts.incidentsByState(desk.region().figures().incidents(),
                List.of(messages.get("desk.incident.DILAPORKAN"), messages.get("desk.incident.DIESKALASI"),
                        messages.get("desk.incident.SELESAI"), messages.get("desk.incident.DITOLAK")),
                messages.get("desk.incidents"));
    }

    /** Height of the readiness chart: a bar per child, at least a small chart. */
    public int getReadinessChartHeight() {
        return Math.max(12, desk.children().size() * 2 + 4);
    }
}
