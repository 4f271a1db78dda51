package id.deskpilkada.meeting.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/** Meetings as the tests need them: a Kota Kupang desk meeting (WITA) with an agenda item. */
final class MeetingFixtures {

    static final UUID KPU = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final UUID BPBD = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    static final LocalDateTime NOW_UTC = LocalDateTime.of(2024, 11, 19, 2, 0);

    private MeetingFixtures() {
    }

    static MeetingDetails details(LocalDateTime localStart) {
        return new MeetingDetails("Desk Pilkada Mingguan Kota Kupang", MeetingType.DESK_PILKADA_MINGGUAN,
                MeetingMode.HYBRID, "Ruang Rapat Wali Kota", "https://zoom.us/j/123", localStart,
                localStart.plusHours(2), "Fahrensy Funay", "Penjabat Wali Kota", "pimpinan", "Maria Ndolu", "sekretariat");
    }

    static Meeting kupangMeeting() {
        return new Meeting("53.71", details(LocalDateTime.of(2024, 11, 19, 9, 0)), null, "sekretariat");
    }

    /** A meeting with one written agenda item. */
    static Meeting withMinutes() {
        Meeting meeting = kupangMeeting();
        AgendaItem item = meeting.addAgendaItem("Kesiapan logistik", null);
        meeting.writeMinutes(item.id(), "<p>KPU melaporkan logistik 98% siap.</p>");
        return meeting;
    }
}
