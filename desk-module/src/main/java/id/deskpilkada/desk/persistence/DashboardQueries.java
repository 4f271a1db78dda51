package id.deskpilkada.desk.persistence;

import id.deskpilkada.desk.domain.ActionCounts;
import id.deskpilkada.desk.domain.ActionItemState;
import id.deskpilkada.desk.domain.AgencyActions;
import id.deskpilkada.desk.domain.AnnouncedGap;
import id.deskpilkada.desk.domain.ApprovedMinutes;
import id.deskpilkada.desk.domain.CategoryCounts;
import id.deskpilkada.desk.domain.IncidentCounts;
import id.deskpilkada.desk.domain.IncidentSeverity;
import id.deskpilkada.desk.domain.IncidentState;
import id.deskpilkada.desk.domain.IndexScore;
import id.deskpilkada.desk.domain.LateShipment;
import id.deskpilkada.desk.domain.LatestReport;
import id.deskpilkada.desk.domain.OverdueAction;
import id.deskpilkada.desk.domain.Personnel;
import id.deskpilkada.desk.domain.Readiness;
import id.deskpilkada.desk.domain.RegionTier;
import id.deskpilkada.desk.domain.Rollup;
import id.deskpilkada.desk.domain.ShipmentCounts;
import id.deskpilkada.desk.domain.UpcomingMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The dashboard's reads, in SQL on the read model only: for a region and its children one query per kind of
 * figure, each an indexed equality on the column of the region's tier and a GROUP BY on its children's (or a
 * primary-key and parent-code read of the per-region figures). Nationally that is a scan of the shipments on the
 * road and the open incidents and action items, and a few hundred kab/kota rows; no other module's table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DashboardQueries {

    private static final String OPEN_ACTIONS = " and state in ('" + ActionItemState.TERBUKA + "', '"
            + ActionItemState.TERLAMBAT + "')";

    @PersistenceContext(unitName = "desk")
    EntityManager em;

    /** Readiness of the region and of its children that logistics announced, by region code. */
    public Map<String, Readiness> readiness(String region) {
        Map<String, Readiness> figures = new HashMap<>();
        rows("select region_code, percent, tps_ready, tps_total, previous_percent, changed_at from dsk_readiness"
                + " where region_code = ?1 or parent_code = ?1", region)
                .forEach(r -> figures.put((String) r[0], new Readiness(integer(r[1]), number(r[2]), number(r[3]),
                        r[4] == null ? null : integer(r[4]), dateTime(r[5]))));
        return figures;
    }

    /** Shipments on the road within the region, held up and late at {@code nowUtc}, added up per child. */
    public Rollup<ShipmentCounts> shipments(String region, LocalDateTime nowUtc) {
        RegionTier tier = RegionTier.of(region);
        String group = TierColumns.childGroup(tier);
        Rollup<ShipmentCounts> rollup = new Rollup<>(region, ShipmentCounts.NONE);
        rows("select " + group + ", count(*), sum(case when delayed then 1 else 0 end),"
                + " sum(case when eta < ?1 then 1 else 0 end) from dsk_shipment" + TierColumns.where(tier, 2)
                + " group by " + group, Timestamp.valueOf(nowUtc), region)
                .forEach(r -> rollup.add((String) r[0], new ShipmentCounts(number(r[1]), number(r[2]), number(r[3]))));
        return rollup;
    }

    /** Incidents within the region by state and, open ones, by severity, added up per child. */
    public Rollup<IncidentCounts> incidents(String region) {
        RegionTier tier = RegionTier.of(region);
        String group = TierColumns.childGroup(tier);
        Rollup<IncidentCounts> rollup = new Rollup<>(region, IncidentCounts.NONE);
        rows("select " + group + ", state, severity, count(*) from dsk_incident" + TierColumns.where(tier, 1)
                + " group by " + group + ", state, severity", region)
                .forEach(r -> rollup.add((String) r[0], IncidentCounts.of(IncidentState.valueOf((String) r[1]),
                        IncidentSeverity.ofCode((String) r[2]).orElse(null), number(r[3]))));
        return rollup;
    }

    /** Action items within the region still to do and overdue, added up per child. */
    public Rollup<ActionCounts> actions(String region) {
        RegionTier tier = RegionTier.of(region);
        String group = TierColumns.childGroup(tier);
        Rollup<ActionCounts> rollup = new Rollup<>(region, ActionCounts.NONE);
        rows("select " + group + ", count(*), sum(case when state = '" + ActionItemState.TERLAMBAT
                + "' then 1 else 0 end) from dsk_action_item" + TierColumns.where(tier, 1) + OPEN_ACTIONS
                + " group by " + group, region)
                .forEach(r -> rollup.add((String) r[0], new ActionCounts(number(r[1]), number(r[2]))));
        return rollup;
    }

    /** TPS per kerawanan category of the kab/kota within the region, added up per child. */
    public Rollup<CategoryCounts> vulnerability(String region) {
        Rollup<CategoryCounts> rollup = new Rollup<>(region, CategoryCounts.NONE);
        kabKotaRows("select region_code, kurang_rawan, rawan, sangat_rawan, khusus from dsk_vulnerability", region)
                .forEach(r -> rollup.add((String) r[0],
                        new CategoryCounts(number(r[1]), number(r[2]), number(r[3]), number(r[4]))));
        return rollup;
    }

    /** Personnel of the kab/kota within the region, added up per child (gaps per kab/kota). */
    public Rollup<Personnel> personnel(String region) {
        Rollup<Personnel> rollup = new Rollup<>(region, Personnel.NONE);
        kabKotaRows("select region_code, polri_needed, tni_needed, linmas_needed, polri_available, tni_available,"
                + " linmas_available, assigned from dsk_deployment", region)
                .forEach(r -> rollup.add((String) r[0], Personnel.ofKabKota(number(r[1]), number(r[2]),
                        number(r[3]), number(r[4]), number(r[5]), number(r[6]), number(r[7]))));
        return rollup;
    }

    /**
     * Rows of a table of kab/kota figures that lie within the region: all of them for the nation (~514), a
     * province's by parent code, a kab/kota's own; none below (security announces whole kab/kota only).
     */
    private List<Object[]> kabKotaRows(String select, String region) {
        return switch (RegionTier.of(region)) {
            case NATION -> rows(select);
            case PROVINCE -> rows(select + " where parent_code = ?1", region);
            case KABKOTA -> rows(select + " where region_code = ?1", region);
            default -> List.of();
        };
    }

    /** The vulnerability index of the region and its children, where computed. */
    public Map<String, IndexScore> index(String region) {
        Map<String, IndexScore> figures = new HashMap<>();
        rows("select region_code, score, index_level, completeness from dsk_vulnerability_index"
                + " where region_code = ?1 or parent_code = ?1", region)
                .forEach(r -> figures.put((String) r[0], new IndexScore(decimal(r[1]), (String) r[2], integer(r[3]))));
        return figures;
    }

    /** Gaps security announced for the region and the Polres / Polda within it, the widest first. */
    public List<AnnouncedGap> gaps(String region, int max) {
        String select = "select region_code, force, needed, available, standby from dsk_deployment_gap";
        String order = " order by needed - available desc, region_code, force";
        List<Object[]> rows = switch (RegionTier.of(region)) {
            case NATION -> limited(select + order, max);
            case PROVINCE -> limited(select + " where region_code = ?1 or parent_code = ?1" + order, max, region);
            case KABKOTA -> limited(select + " where region_code = ?1" + order, max, region);
            default -> List.of();
        };
        return rows.stream().map(r -> new AnnouncedGap((String) r[0], (String) r[1], number(r[2]), number(r[3]),
                number(r[4]))).toList();
    }

    /** Meetings within the region starting from {@code nowUtc}, the soonest first. */
    public List<UpcomingMeeting> nextMeetings(String region, LocalDateTime nowUtc, int max) {
        RegionTier tier = RegionTier.of(region);
        return limited("select meeting_id, region_code, title, meeting_type, starts_at, ends_at from dsk_meeting"
                        + TierColumns.where(tier, 2) + " and starts_at >= ?1 order by starts_at", max,
                Timestamp.valueOf(nowUtc), region).stream()
                .map(r -> new UpcomingMeeting(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3],
                        dateTime(r[4]), dateTime(r[5]))).toList();
    }

    public long approvedMinutes(String region) {
        return count("select count(*) from dsk_meeting" + TierColumns.where(RegionTier.of(region), 1)
                + " and minutes_approved = true", region);
    }

    /** Minutes approved within the region, the latest first. */
    public List<ApprovedMinutes> latestApprovedMinutes(String region, int max) {
        return limited("select meeting_id, region_code, title, approved_at from dsk_meeting"
                        + TierColumns.where(RegionTier.of(region), 1) + " and minutes_approved = true"
                        + " order by approved_at desc", max, region).stream()
                .map(r -> new ApprovedMinutes(uuid(r[0]), (String) r[1], (String) r[2], dateTime(r[3]))).toList();
    }

    /** Agencies with action items still to do within the region, the most overdue first. */
    public List<AgencyActions> actionsByAgency(String region, int max) {
        return limited("select agency_id, agency_name, count(*), sum(case when state = '"
                        + ActionItemState.TERLAMBAT + "' then 1 else 0 end) from dsk_action_item"
                        + TierColumns.where(RegionTier.of(region), 1) + OPEN_ACTIONS
                        + " group by agency_id, agency_name order by 4 desc, 3 desc, 2", max, region).stream()
                .map(r -> new AgencyActions(uuid(r[0]), (String) r[1], number(r[2]), number(r[3]))).toList();
    }

    /** Overdue action items within the region, the longest overdue first. */
    public List<OverdueAction> overdueActions(String region, int max) {
        return limited("select action_item_id, region_code, agency_name, description, due_date from dsk_action_item"
                        + TierColumns.where(RegionTier.of(region), 1) + " and state = '" + ActionItemState.TERLAMBAT
                        + "' order by due_date, action_item_id", max, region).stream()
                .map(r -> new OverdueAction(uuid(r[0]), (String) r[1], (String) r[2], (String) r[3], date(r[4])))
                .toList();
    }

    /** Shipments within the region past their ETA at {@code nowUtc}, the longest overdue first. */
    public List<LateShipment> lateShipments(String region, LocalDateTime nowUtc, int max) {
        return limited("select shipment_id, shipment_number, region_code, eta, delayed, delay_reason from dsk_shipment"
                        + TierColumns.where(RegionTier.of(region), 2) + " and eta < ?1 order by eta, shipment_id",
                max, Timestamp.valueOf(nowUtc), region).stream()
                .map(r -> new LateShipment(uuid(r[0]), (String) r[1], (String) r[2], dateTime(r[3]),
                        Boolean.TRUE.equals(r[4]), (String) r[5])).toList();
    }

    /** The latest figures reported within the region, the most recent meeting first. */
    public List<LatestReport> latestReports(String region, int max) {
        return limited("select region_code, indicator, figure_value, unit, agency_name, reported_on"
                        + " from dsk_reported_figure" + TierColumns.where(RegionTier.of(region), 1)
                        + " order by reported_on desc, as_of desc, region_code, indicator_key", max, region).stream()
                .map(r -> new LatestReport((String) r[0], (String) r[1], decimal(r[2]), (String) r[3], (String) r[4],
                        date(r[5]))).toList();
    }

    /**
     * Rows of a query whose parameters are numbered ?1, ?2 … in the order given; a parameter the SQL does not
     * name (the region of a national view) is not bound.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return query(sql, parameters).getResultList();
    }

    /** {@link #rows} of at most {@code max} rows, counted by the database. */
    @SuppressWarnings("unchecked")
    private List<Object[]> limited(String sql, int max, Object... parameters) {
        return query(sql, parameters).setMaxResults(max).getResultList();
    }

    private long count(String sql, Object... parameters) {
        return number(query(sql, parameters).getSingleResult());
    }

    private Query query(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (sql.contains("?" + (i + 1))) {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID u ? u : UUID.fromString(value.toString());
    }

    private static LocalDateTime dateTime(Object value) {
        return convert(value, v -> v instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) v);
    }

    private static LocalDate date(Object value) {
        return convert(value, v -> v instanceof Date d ? d.toLocalDate() : (LocalDate) v);
    }

    private static <T> T convert(Object value, Function<Object, T> conversion) {
        return value == null ? null : conversion.apply(value);
    }
}
