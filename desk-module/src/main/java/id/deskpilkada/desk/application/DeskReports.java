package id.deskpilkada.desk.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.application.AuthenticatedUser;
import id.deskpilkada.platform.document.XhtmlPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The dashboard of a region printed for the weekly Desk Pilkada meeting (PDF, Bahasa Indonesia): for whoever may
 * read the dashboard, as the dashboard checks. Reading, so nothing is audited.
 */
@ApplicationScoped
public class DeskReports {

    private static final ZoneId FILE_DATE_ZONE = ZoneId.of("Asia/Jakarta");

    private final DeskReportXhtml xhtml = new DeskReportXhtml();

    @Inject
    DeskDashboard dashboard;

    @Inject
    Access access;

    @Inject
    AccountService accounts;

    /** @param regionCode a region code, or {@code ""} for the nation */
    public PrintedReport report(String regionCode) {
        RegionDesk desk = dashboard.of(regionCode);
        String printedBy = accounts.find(access.actor()).map(AuthenticatedUser::fullName).orElse(access.actor());
        byte[] pdf = XhtmlPdf.render(xhtml.build(desk, printedBy), "the Desk Pilkada report of "
                + desk.region().name());
        return new PrintedReport(fileName(desk.region().name(), LocalDate.ofInstant(desk.asOf(), FILE_DATE_ZONE)), pdf);
    }

    /** "desk-pilkada_kota-kupang_2024-11-26.pdf". */
    static String fileName(String regionName, LocalDate day) {
        String slug = regionName.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return "desk-pilkada_" + (slug.isEmpty() ? "wilayah" : slug) + "_" + day + ".pdf";
    }
}
