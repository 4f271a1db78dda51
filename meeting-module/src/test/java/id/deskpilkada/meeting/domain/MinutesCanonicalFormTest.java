package id.deskpilkada.meeting.domain;

import static id.deskpilkada.meeting.domain.MeetingFixtures.BPBD;
import static id.deskpilkada.meeting.domain.MeetingFixtures.KPU;
import static id.deskpilkada.meeting.domain.MeetingFixtures.NOW_UTC;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesCanonicalFormTest {

    @Test
    void theSameContentGivesTheSameHashAndAnyChangeAnother() {
        Meeting meeting = MeetingFixtures.withMinutes();
        AgendaItem item = meeting.agenda().get(0);
        meeting.addReport(item.id(), KPU, "KPU Kota Kupang", "logistik siap", new BigDecimal("98"), "%", null);
        meeting.decide(item.id(), "Distribusi ke Oesapa lewat jalur alternatif");
        ActionItem action = new ActionItem(meeting, item.id(), "Siapkan perahu", BPBD, "BPBD", null,
                LocalDate.of(2024, 11, 22), NOW_UTC);
        String hash = MinutesCanonicalForm.hash(meeting, List.of(action));
        assertThat(hash).hasSize(64).isEqualTo(MinutesCanonicalForm.hash(meeting, List.of(action)));

        action.progress(ActionItemStatus.SELESAI, "done", "bpbd", NOW_UTC);
        assertThat(MinutesCanonicalForm.hash(meeting, List.of(action))).as("progress is not the minutes")
                .isEqualTo(hash);

        meeting.writeMinutes(item.id(), "<p>KPU melaporkan logistik 97% siap.</p>");
        assertThat(MinutesCanonicalForm.hash(meeting, List.of(action))).isNotEqualTo(hash);
        assertThat(MinutesCanonicalForm.hash(meeting, List.of())).isNotEqualTo(hash);
    }

    @Test
    void noValueCanForgeAnotherLine() {
        Meeting one = MeetingFixtures.kupangMeeting();
        one.addAgendaItem("A|B", null);
        Meeting two = MeetingFixtures.kupangMeeting();
        two.addAgendaItem("A", null);
        String first = MinutesCanonicalForm.text(one, List.of()).replace(one.id().toString(), "id");
        String second = MinutesCanonicalForm.text(two, List.of()).replace(two.id().toString(), "id");
        assertThat(first).contains("item=1|A\\|B\n").isNotEqualTo(second);
        Meeting three = MeetingFixtures.kupangMeeting();
        three.addAgendaItem("A\ndecision=1|forged", null);
        assertThat(MinutesCanonicalForm.text(three, List.of())).doesNotContain("\ndecision=");
    }
}
