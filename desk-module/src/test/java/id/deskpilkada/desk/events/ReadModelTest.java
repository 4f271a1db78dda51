package id.deskpilkada.desk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.deskpilkada.desk.domain.ActionCounts;
import id.deskpilkada.desk.domain.AgencyActions;
import id.deskpilkada.desk.domain.AnnouncedGap;
import id.deskpilkada.desk.domain.CategoryCounts;
import id.deskpilkada.desk.domain.IncidentCounts;
import id.deskpilkada.desk.domain.LateShipment;
import id.deskpilkada.desk.domain.LatestReport;
import id.deskpilkada.desk.domain.Readiness;
import id.deskpilkada.desk.domain.ShipmentCounts;
import id.deskpilkada.desk.domain.UpcomingMeeting;
import id.deskpilkada.desk.persistence.DashboardQueries;
import id.deskpilkada.desk.persistence.DeskDatabase;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.logistics.ShipmentReceived;
import id.deskpilkada.platform.events.meeting.ActionItemAssigned;
import id.deskpilkada.platform.events.meeting.ActionItemCompleted;
import id.deskpilkada.platform.events.meeting.ActionItemOverdue;
import id.deskpilkada.platform.events.meeting.FigureReported;
import id.deskpilkada.platform.events.meeting.MeetingScheduled;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import id.deskpilkada.platform.events.security.DeploymentGapDetected;
import id.deskpilkada.platform.events.security.DeploymentPlanned;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import id.deskpilkada.platform.events.security.IncidentReported;
import id.deskpilkada.platform.events.security.IncidentResolved;
import id.deskpilkada.platform.events.security.VulnerabilityCountsChanged;
import id.deskpilkada.platform.events.security.VulnerabilityIndexComputed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events through the desk's handlers into the read model on H2 (real migrations, EclipseLink), read back by the
 * dashboard's SQL at the nation, a province, a kab/kota and a kecamatan: out-of-order and repeated deliveries,
 * latest wins, roll-ups and the lists.
 */
class ReadModelTest {

    static final Instant NOW = Instant.parse("2024-11-26T02:00:00Z");
    static final LocalDateTime NOW_UTC = LocalDateTime.ofInstant(NOW, ZoneOffset.UTC);

    private final DeskDatabase db = new DeskDatabase();
    private final EventFeed feed = new EventFeed(db);
    private final DashboardQueries queries = db.queries();

    @AfterEach
    void close() {
        db.close();
    }

    private <T> T read(Supplier<T> query) {
        return db.inTransaction(query);
    }

    private static Instant minutesAgo(long minutes) {
        return NOW.minusSeconds(minutes * 60);
    }

    @Test
    void readinessOfEveryLevelKeepsTheLatestAnnouncement() {
        feed.send(new RegionReadinessChanged("53", 80, 800, 1000), minutesAgo(10));
        feed.send(new RegionReadinessChanged("53", 79, 790, 1000), minutesAgo(20));
        feed.send(new RegionReadinessChanged("15", 91, 910, 1000), minutesAgo(20));
        feed.send(new RegionReadinessChanged("", 85, 1700, 2000), minutesAgo(10));
        feed.send(new RegionReadinessChanged("53.71", 90, 450, 500), minutesAgo(10));

        assertThat(read(() -> queries.readiness(""))).containsOnlyKeys("", "53", "15")
                .containsEntry("53", new Readiness(80, 800, 1000)).containsEntry("", new Readiness(85, 1700, 2000));
        assertThat(read(() -> queries.readiness("53"))).containsOnlyKeys("53", "53.71");
    }

    @Test
    void shipmentsOnTheRoadDelayedAndLateRollUpAndReceivedOnesNeverComeBack() {
        UUID late = UUID.randomUUID();
        UUID onTime = UUID.randomUUID();
        UUID received = UUID.randomUUID();
        UUID jambi = UUID.randomUUID();
        feed.send(new ShipmentDispatched(late, "KPG-1", "53.71.05.1001", "PPS", "TPS", NOW.minusSeconds(3600), false),
                minutesAgo(300));
        feed.send(new ShipmentDelayed(late, "KPG-1", "53.71.05.1001", "BANJIR", "Jalan tergenang", null),
                minutesAgo(200));
        feed.send(new ShipmentDispatched(onTime, "KPG-2", "53.71.01.1002", "PPS", "TPS", NOW.plusSeconds(3600), false),
                minutesAgo(60));
        feed.send(new ShipmentReceived(received, "KPG-3", "53.71.05.1002", true, minutesAgo(5)), minutesAgo(5));
        feed.send(new ShipmentDispatched(received, "KPG-3", "53.71.05.1002", "PPS", "TPS", minutesAgo(30), false),
                minutesAgo(90));
        feed.send(new ShipmentDispatched(jambi, "JMB-1", "15.71", "GUDANG", "GUDANG", minutesAgo(1), true),
                minutesAgo(600));

        var nation = read(() -> queries.shipments("", NOW_UTC));
        assertThat(nation.total()).isEqualTo(new ShipmentCounts(3, 1, 2));
        assertThat(nation.of("53")).isEqualTo(new ShipmentCounts(2, 1, 1));
        var kupang = read(() -> queries.shipments("53.71", NOW_UTC));
        assertThat(kupang.children()).containsOnlyKeys("53.71.01", "53.71.05");
        assertThat(kupang.of("53.71.05")).isEqualTo(new ShipmentCounts(1, 1, 1));
        var jambiCity = read(() -> queries.shipments("15.71", NOW_UTC));
        assertThat(jambiCity.total()).as("a shipment to the kab/kota warehouse").isEqualTo(new ShipmentCounts(1, 0, 1));
        assertThat(jambiCity.children()).isEmpty();
        assertThat(read(() -> queries.lateShipments("", NOW_UTC, 10))).extracting(LateShipment::shipmentNumber,
                LateShipment::delayed).containsExactly(tuple("KPG-1", true), tuple("JMB-1", false));
    }

    @Test
    void incidentsCountByStateAndSeverityPerChild() {
        UUID flood = UUID.randomUUID();
        UUID conflict = UUID.randomUUID();
        UUID hoax = UUID.randomUUID();
        feed.send(new IncidentReported(flood, "53.71.05", "bencana", "tinggi", "Banjir"), minutesAgo(100));
        feed.send(new IncidentEscalated(flood, "53.71.05", "bencana", "tinggi", "Banjir", "53.71"), minutesAgo(99));
        feed.send(new IncidentResolved(conflict, "53.71.01", "konflik_massa", "selesai", "53.71"), minutesAgo(10));
        feed.send(new IncidentReported(conflict, "53.71.01", "konflik_massa", "sedang", "Bentrok"), minutesAgo(50));
        feed.send(new IncidentReported(hoax, "15.71.01", "hoaks", "rendah", "Hoaks"), minutesAgo(50));

        var nation = read(() -> queries.incidents(""));
        assertThat(nation.total()).isEqualTo(new IncidentCounts(1, 1, 1, 0, 1, 0, 1));
        assertThat(nation.of("53")).isEqualTo(new IncidentCounts(0, 1, 1, 0, 0, 0, 1));
        var kupang = read(() -> queries.incidents("53.71"));
        assertThat(kupang.of("53.71.05").grave()).isEqualTo(1);
        assertThat(kupang.of("53.71.01").done()).isEqualTo(1);
    }

    @Test
    void kabKotaCountsAndPlansRollUpAndAPlanSupersedesOlderGaps() {
        feed.send(new VulnerabilityCountsChanged("53.71", 900, 40, 5, 2), minutesAgo(10));
        feed.send(new VulnerabilityCountsChanged("53.71", 1, 1, 1, 1), minutesAgo(30));
        feed.send(new VulnerabilityCountsChanged("53.01", 1000, 60, 10, 0), minutesAgo(10));
        feed.send(new VulnerabilityCountsChanged("15.71", 800, 30, 2, 1), minutesAgo(10));
        feed.send(new DeploymentGapDetected("53.71", "polri", 400, 300, 20), minutesAgo(40));
        feed.send(new DeploymentGapDetected("53", "linmas", 9000, 8000, 0), minutesAgo(40));
        feed.send(new DeploymentPlanned("53.71", 400, 30, 900, 400, 30, 900, 1200), minutesAgo(20));
        feed.send(new DeploymentGapDetected("53.71", "tni", 50, 30, 0), minutesAgo(30));
        feed.send(new DeploymentPlanned("53.01", 500, 30, 1000, 400, 30, 1000, 800), minutesAgo(20));

        assertThat(read(() -> queries.vulnerability("")).of("53")).isEqualTo(new CategoryCounts(1900, 100, 15, 2));
        assertThat(read(() -> queries.vulnerability("53")).of("53.71")).isEqualTo(new CategoryCounts(900, 40, 5, 2));
        assertThat(read(() -> queries.vulnerability("53.71.05")).total()).as("none below a kab/kota")
                .isEqualTo(CategoryCounts.NONE);
        var ntt = read(() -> queries.personnel("53"));
        assertThat(ntt.total().gap()).isEqualTo(100);
        assertThat(ntt.of("53.71").gap()).isZero();
        assertThat(read(() -> queries.gaps("", 10))).as("the kab/kota's older gaps gave way to its plan")
                .extracting(AnnouncedGap::regionCode, AnnouncedGap::force).containsExactly(tuple("53", "linmas"));
    }

    @Test
    void indicesOfAProvinceAndItsKabKota() {
        feed.send(new VulnerabilityIndexComputed("53", new BigDecimal("55.20"), "sedang", 100), minutesAgo(10));
        feed.send(new VulnerabilityIndexComputed("53.71", new BigDecimal("61.05"), "tinggi", 90), minutesAgo(10));
        feed.send(new VulnerabilityIndexComputed("53.71", new BigDecimal("20.00"), "rendah", 90), minutesAgo(30));

        var ntt = read(() -> queries.index("53"));
        assertThat(ntt).containsOnlyKeys("53", "53.71");
        assertThat(ntt.get("53.71").score()).isEqualByComparingTo("61.05");
        assertThat(read(() -> queries.index(""))).containsOnlyKeys("53");
    }

    @Test
    void actionItemsPerChildAndPerAgencyAndTheOverdueOnes() {
        UUID kpu = UUID.randomUUID();
        UUID polres = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        feed.send(new ActionItemAssigned(first, meeting, "53.71", "Laporkan gudang", kpu, "KPU Kota Kupang", "KPU",
                LocalDate.of(2024, 11, 22)), minutesAgo(5000));
        feed.send(new ActionItemOverdue(first, meeting, "53.71", "Laporkan gudang", kpu, "KPU Kota Kupang",
                LocalDate.of(2024, 11, 22)), minutesAgo(1000));
        feed.send(new ActionItemAssigned(second, meeting, "53.71.05", "Patroli", polres, "Polresta Kupang Kota",
                "POLRES", LocalDate.of(2024, 11, 30)), minutesAgo(5000));
        feed.send(new ActionItemCompleted(done, meeting, "53.71", kpu, "SELESAI"), minutesAgo(10));
        feed.send(new ActionItemAssigned(done, meeting, "53.71", "Cek kotak suara", kpu, "KPU Kota Kupang", "KPU",
                LocalDate.of(2024, 11, 20)), minutesAgo(5000));

        var kupang = read(() -> queries.actions("53.71"));
        assertThat(kupang.total()).isEqualTo(new ActionCounts(2, 1));
        assertThat(kupang.of("53.71.05")).isEqualTo(new ActionCounts(1, 0));
        assertThat(read(() -> queries.actionsByAgency("", 10))).extracting(AgencyActions::agencyName,
                AgencyActions::open, AgencyActions::overdue)
                .containsExactly(tuple("KPU Kota Kupang", 1L, 1L), tuple("Polresta Kupang Kota", 1L, 0L));
        assertThat(read(() -> queries.overdueActions("53", 10))).singleElement()
                .satisfies(o -> assertThat(o.description()).isEqualTo("Laporkan gudang"));
    }

    @Test
    void meetingsAheadMinutesApprovedAndTheLatestFigures() {
        UUID ahead = UUID.randomUUID();
        UUID past = UUID.randomUUID();
        UUID jambi = UUID.randomUUID();
        feed.send(new MeetingScheduled(ahead, "53.71", "Desk Pilkada mingguan", "DESK_PILKADA",
                NOW_UTC.plusDays(2), NOW_UTC.plusDays(2).plusHours(2), List.of()), minutesAgo(100));
        feed.send(new MeetingScheduled(past, "53.71", "Desk Pilkada mingguan", "DESK_PILKADA",
                NOW_UTC.minusDays(5), NOW_UTC.minusDays(5).plusHours(2), List.of()), minutesAgo(9000));
        feed.send(new MinutesApproved(past, "53.71", "Desk Pilkada mingguan", "abc", 2, 3), minutesAgo(6000));
        feed.send(new MinutesApproved(jambi, "15.71", "Rakor kesiapan", "def", 1, 1), minutesAgo(8000));
        feed.send(new FigureReported(jambi, "15.71", "KPU Kota Jambi", "Target partisipasi", new BigDecimal("86"), "%",
                LocalDate.of(2024, 11, 14)), minutesAgo(8000));
        feed.send(new FigureReported(past, "53.71", "Polda NTT", "Personel siap", new BigDecimal("28508"), "orang",
                LocalDate.of(2024, 11, 21)), minutesAgo(6000));
        feed.send(new FigureReported(jambi, "15.71", "KPU Kota Jambi", "target partisipasi ",
                new BigDecimal("80.33"), "%", LocalDate.of(2024, 11, 7)), minutesAgo(100));

        assertThat(read(() -> queries.nextMeetings("53", NOW_UTC, 5))).extracting(UpcomingMeeting::meetingId)
                .containsExactly(ahead);
        assertThat(read(() -> queries.approvedMinutes(""))).isEqualTo(2);
        assertThat(read(() -> queries.approvedMinutes("53.71"))).isEqualTo(1);
        assertThat(read(() -> queries.latestReports("", 10))).extracting(LatestReport::indicator,
                LatestReport::value).containsExactly(tuple("Personel siap", new BigDecimal("28508.0000")),
                tuple("Target partisipasi", new BigDecimal("86.0000")));
    }
}
