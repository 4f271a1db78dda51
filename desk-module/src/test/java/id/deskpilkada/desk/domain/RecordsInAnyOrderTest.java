package id.deskpilkada.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Shipments, incidents, action items and meetings end in the same state whatever order their events take. */
class RecordsInAnyOrderTest {

    private static final LocalDateTime T1 = LocalDateTime.of(2024, 11, 24, 1, 0);
    private static final LocalDateTime T2 = T1.plusHours(1);
    private static final LocalDateTime T3 = T1.plusHours(2);
    private static final LocalDateTime ETA = T1.plusHours(6);
    private static final LocalDateTime NEW_ETA = T1.plusHours(30);

    @Test
    void aDelayBeforeItsDispatchKeepsTheRevisedEtaAndStaysHeldUp() {
        ShipmentOnTheRoad shipment = ShipmentOnTheRoad.firstSeen(UUID.randomUUID(), "KPG-1", "53.71.05.1001", T2);

        shipment.delayed("BANJIR", NEW_ETA, T2);
        shipment.dispatched(ETA, T1);

        assertThat(shipment.delayed()).isTrue();
        assertThat(shipment.eta()).isEqualTo(NEW_ETA);
        assertThat(shipment.place().kecamatanCode()).isEqualTo("53.71.05");
        assertThat(shipment.isLate(NEW_ETA.plusMinutes(1))).isTrue();
        assertThat(shipment.isLate(ETA.plusMinutes(1))).isFalse();
    }

    @Test
    void aDispatchAfterADelayResumesTheShipment() {
        ShipmentOnTheRoad shipment = ShipmentOnTheRoad.firstSeen(UUID.randomUUID(), "KPG-2", "53.71.05.1001", T1);
        shipment.dispatched(ETA, T1);
        shipment.delayed("CUACA", null, T2);

        assertThat(shipment.eta()).as("no revised ETA given").isEqualTo(ETA);
        shipment.dispatched(NEW_ETA, T3);
        assertThat(shipment.delayed()).isFalse();
        assertThat(shipment.eta()).isEqualTo(NEW_ETA);
    }

    @Test
    void aClosedIncidentStaysClosedWhateverArrivesAfter() {
        IncidentRecord incident = IncidentRecord.firstSeen(UUID.randomUUID(), "53.71.05", "bencana", T3);

        incident.resolved("ditolak", "53.71.05", T3);
        incident.escalated("tinggi", "Banjir", "53.71", T2);
        incident.reported("sedang", "Banjir", T1);

        assertThat(incident.state()).isEqualTo(IncidentState.DITOLAK);
        assertThat(incident.title()).isEqualTo("Banjir");
        assertThat(incident.severity()).isEqualTo("tinggi");
        assertThat(incident.escalations()).isEqualTo(1);
    }

    @Test
    void theLatestEscalationNamesTheDesk() {
        IncidentRecord incident = IncidentRecord.firstSeen(UUID.randomUUID(), "53.71.05", "konflik_massa", T1);
        incident.reported("tinggi", "Bentrok massa", T1);

        incident.escalated("tinggi", "Bentrok massa", "53", T3);
        incident.escalated("tinggi", "Bentrok massa", "53.71", T2);

        assertThat(incident.state()).isEqualTo(IncidentState.DIESKALASI);
        assertThat(incident.deskRegion()).isEqualTo("53");
        assertThat(incident.escalations()).isEqualTo(2);
    }

    @Test
    void anActionItemOnlyMovesForwardAndFillsInWhatLaterEventsSay() {
        UUID agency = UUID.randomUUID();
        ActionItemRecord item = ActionItemRecord.firstSeen(UUID.randomUUID(), UUID.randomUUID(), "53.71", agency, T3);

        item.completed("SELESAI", T3);
        item.overdue("Laporkan kesiapan gudang", "KPU Kota Kupang", LocalDate.of(2024, 11, 22), T2);
        item.assigned("Laporkan kesiapan gudang", "KPU Kota Kupang", LocalDate.of(2024, 11, 22), T1);

        assertThat(item.state()).isEqualTo(ActionItemState.SELESAI);
        assertThat(item.agencyName()).isEqualTo("KPU Kota Kupang");
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2024, 11, 22));

        ActionItemRecord open = ActionItemRecord.firstSeen(UUID.randomUUID(), null, "53.71", agency, T1);
        open.assigned("Siagakan Linmas", "Satpol PP", null, T1);
        open.overdue(null, null, LocalDate.of(2024, 11, 23), T2);
        assertThat(open.state()).isEqualTo(ActionItemState.TERLAMBAT);
        assertThat(open.description()).isEqualTo("Siagakan Linmas");
        open.completed("DIBATALKAN", T3);
        assertThat(open.state()).isEqualTo(ActionItemState.DIBATALKAN);
    }

    @Test
    void aMeetingMovedTwiceEndsWhereTheNewerMovePutItAndMinutesMayComeFirst() {
        MeetingRecord meeting = MeetingRecord.firstSeen(UUID.randomUUID(), "53.71", null);

        meeting.minutesApproved("Desk Pilkada mingguan", T3);
        meeting.scheduled("Desk Pilkada mingguan", "DESK_PILKADA", ETA, ETA.plusHours(2), T2);
        meeting.scheduled("Desk Pilkada mingguan", "DESK_PILKADA", NEW_ETA, NEW_ETA.plusHours(2), T1);

        assertThat(meeting.startsAt()).isEqualTo(ETA);
        assertThat(meeting.minutesApproved()).isTrue();
        assertThat(meeting.title()).isEqualTo("Desk Pilkada mingguan");
    }
}
