package id.deskpilkada.desk.application;

import id.deskpilkada.desk.domain.ActionCounts;
import id.deskpilkada.desk.domain.AgencyActions;
import id.deskpilkada.desk.domain.AnnouncedGap;
import id.deskpilkada.desk.domain.ApprovedMinutes;
import id.deskpilkada.desk.domain.AttentionRanking;
import id.deskpilkada.desk.domain.AttentionRanking.Attention;
import id.deskpilkada.desk.domain.CategoryCounts;
import id.deskpilkada.desk.domain.IncidentCounts;
import id.deskpilkada.desk.domain.IndexScore;
import id.deskpilkada.desk.domain.LateShipment;
import id.deskpilkada.desk.domain.LatestReport;
import id.deskpilkada.desk.domain.OverdueAction;
import id.deskpilkada.desk.domain.Personnel;
import id.deskpilkada.desk.domain.Readiness;
import id.deskpilkada.desk.domain.RegionFigures;
import id.deskpilkada.desk.domain.RegionTier;
import id.deskpilkada.desk.domain.Rollup;
import id.deskpilkada.desk.domain.ShipmentCounts;
import id.deskpilkada.desk.domain.UpcomingMeeting;
import id.deskpilkada.desk.persistence.DashboardQueries;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Desk Pilkada dashboard of a region: its figures, its children's, the children that need attention first,
 * the election's countdown and stages, meetings ahead, action items per agency, late shipments and the latest
 * reported figures — read from the desk's own read model, a dozen indexed queries whatever the level. Every role
 * reads it within their jurisdiction; the national view is for national jurisdictions only.
 */
@ApplicationScoped
@Transactional
public class DeskDashboard {

    static final int ATTENTION = 10;
    static final int LIST = 10;
    static final int NEXT_MEETINGS = 5;
    static final int GAPS = 20;
    private static final String NATION = "";
    private static final String NATION_NAME = "Indonesia";

    @Inject
    Access access;

    @Inject
    DashboardQueries queries;

    @Inject
    Elections elections;

    @Inject
    RegionDirectory regions;

    Clock clock = Clock.systemUTC();

    /** @param regionCode a region code, or {@code ""} for the nation */
    public RegionDesk of(String regionCode) {
        access.requireAnyRole(Role.values());
        String region = regionCode == null ? NATION : regionCode.strip();
        RegionTier tier = RegionTier.of(region);
        access.requireWithinScope(region);
        Instant now = clock.instant();
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);

        Map<String, Readiness> readiness = queries.readiness(region);
        Rollup<ShipmentCounts> shipments = queries.shipments(region, nowUtc);
        Rollup<IncidentCounts> incidents = queries.incidents(region);
        Rollup<CategoryCounts> vulnerability = queries.vulnerability(region);
        Rollup<Personnel> personnel = queries.personnel(region);
        Map<String, IndexScore> index = queries.index(region);
        Rollup<ActionCounts> actions = queries.actions(region);

        List<RegionSummary> below = children(region, tier);
        Map<String, String> names = new HashMap<>();
        below.forEach(r -> names.put(r.code(), r.name()));
        RegionRow own = new RegionRow(region, name(region), new RegionFigures(region, readiness.get(region),
                shipments.total(), incidents.total(), vulnerability.total(), personnel.total(), index.get(region),
                actions.total()));
        names.put(region, own.name());
        List<RegionRow> children = below.stream().map(r -> new RegionRow(r.code(), r.name(),
                new RegionFigures(r.code(), readiness.get(r.code()), shipments.of(r.code()), incidents.of(r.code()),
                        vulnerability.of(r.code()), personnel.of(r.code()), index.get(r.code()),
                        actions.of(r.code())))).toList();
        List<Attention> attention = AttentionRanking.rank(children.stream().map(RegionRow::figures).toList(),
                ATTENTION);

        List<UpcomingMeeting> meetings = queries.nextMeetings(region, nowUtc, NEXT_MEETINGS);
        List<ApprovedMinutes> minutes = queries.latestApprovedMinutes(region, NEXT_MEETINGS);
        List<AgencyActions> agencies = queries.actionsByAgency(region, LIST);
        List<OverdueAction> overdue = queries.overdueActions(region, LIST);
        List<LateShipment> late = queries.lateShipments(region, nowUtc, LIST);
        List<LatestReport> reports = queries.latestReports(region, LIST);
        List<AnnouncedGap> gaps = queries.gaps(region, GAPS);
        Stream.of(meetings.stream().map(UpcomingMeeting::regionCode), minutes.stream().map(ApprovedMinutes::regionCode),
                        overdue.stream().map(OverdueAction::regionCode), late.stream().map(LateShipment::regionCode),
                        reports.stream().map(LatestReport::regionCode), gaps.stream().map(AnnouncedGap::regionCode))
                .flatMap(s -> s).filter(code -> !names.containsKey(code)).collect(Collectors.collectingAndThen(
                        Collectors.toSet(), regions::names)).forEach(names::put);

        return new RegionDesk(own, children, attention, elections.covering(region, now).orElse(null), meetings,
                queries.approvedMinutes(region), minutes, agencies, overdue, late, reports, gaps,
                tier.compareTo(RegionTier.KABKOTA) <= 0, Map.copyOf(names), now);
    }

    /** Where a dashboard starts for the caller: the nation, or the first region of their jurisdiction. */
    public String topOfJurisdiction() {
        access.requireAnyRole(Role.values());
        return access.scope().isNational() ? NATION : access.scope().sortedPrefixes().get(0);
    }

    private List<RegionSummary> children(String region, RegionTier tier) {
        if (tier == RegionTier.DESA) {
            return List.of();
        }
        return tier == RegionTier.NATION ? regions.roots() : regions.children(region);
    }

    private String name(String code) {
        return code.isEmpty() ? NATION_NAME : regions.find(code).map(RegionSummary::name).orElse(code);
    }
}
