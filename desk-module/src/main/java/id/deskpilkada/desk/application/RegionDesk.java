package id.deskpilkada.desk.application;

import id.deskpilkada.desk.domain.AgencyActions;
import id.deskpilkada.desk.domain.AnnouncedGap;
import id.deskpilkada.desk.domain.ApprovedMinutes;
import id.deskpilkada.desk.domain.AttentionRanking.Attention;
import id.deskpilkada.desk.domain.LateShipment;
import id.deskpilkada.desk.domain.LatestReport;
import id.deskpilkada.desk.domain.OverdueAction;
import id.deskpilkada.desk.domain.UpcomingMeeting;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard of a region, all from the desk's read model.
 *
 * @param region           the region itself ({@code ""} = Indonesia) with its figures
 * @param children         the regions directly below, in code order, with theirs
 * @param attention        the children that need attention first, with their score and reasons
 * @param election         the election of the region with its countdown and stages; null when none covers it
 * @param securityByKabKota whether TPS per category and personnel apply here: security announces them per
 *                          kab/kota, so a kecamatan or desa has none of its own
 * @param names            region names of every code the lists mention
 * @param asOf             when the figures were read
 */
public record RegionDesk(RegionRow region, List<RegionRow> children, List<Attention> attention,
                         ElectionView election, List<UpcomingMeeting> nextMeetings, long minutesApproved,
                         List<ApprovedMinutes> latestMinutes, List<AgencyActions> actionsByAgency,
                         List<OverdueAction> overdueActions, List<LateShipment> lateShipments,
                         List<LatestReport> latestReports, List<AnnouncedGap> gaps, boolean securityByKabKota,
                         Map<String, String> names, Instant asOf) {

    /** The name of a region the dashboard mentions; its code when unknown. */
    public String nameOf(String code) {
        return names.getOrDefault(code, code);
    }
}
