package id.deskpilkada.meeting.domain;

import static id.deskpilkada.meeting.domain.MeetingFixtures.BPBD;
import static id.deskpilkada.meeting.domain.MeetingFixtures.NOW_UTC;
import static id.deskpilkada.meeting.domain.MeetingTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActionItemTest {

    private static final LocalDate DUE = LocalDate.of(2024, 11, 22);

    private static ActionItem item() {
        Meeting meeting = MeetingFixtures.withMinutes();
        return new ActionItem(meeting, meeting.agenda().get(0).id(), "Siapkan perahu karet ke Oesapa", BPBD,
                "BPBD Kota Kupang", "Yohanes Lado", DUE, NOW_UTC);
    }

    @Test
    void needsDescriptionOwnerDueAndAnItemOfItsMeeting() {
        Meeting meeting = MeetingFixtures.withMinutes();
        UUID agendaItem = meeting.agenda().get(0).id();
        assertProblem(MeetingProblem.ACTION_DESCRIPTION_REQUIRED,
                () -> new ActionItem(meeting, agendaItem, " ", BPBD, "BPBD", null, DUE, NOW_UTC));
        assertProblem(MeetingProblem.ACTION_OWNER_REQUIRED,
                () -> new ActionItem(meeting, agendaItem, "x", null, "BPBD", null, DUE, NOW_UTC));
        assertProblem(MeetingProblem.ACTION_DUE_REQUIRED,
                () -> new ActionItem(meeting, agendaItem, "x", BPBD, "BPBD", null, null, NOW_UTC));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ActionItem(meeting, UUID.randomUUID(), "x", BPBD, "BPBD", null, DUE, NOW_UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overdueIsMarkedOnceAndOnlyWhileOpen() {
        ActionItem item = item();
        assertThat(item.markOverdue(DUE)).as("due today is not late").isFalse();
        assertThat(item.markOverdue(DUE.plusDays(1))).isTrue();
        assertThat(item.markOverdue(DUE.plusDays(2))).as("published once").isFalse();
        assertThat(item.overdueSince()).isEqualTo(DUE.plusDays(1));

        ActionItem done = item();
        done.progress(ActionItemStatus.SELESAI, "Perahu sudah di lokasi", "bpbd", NOW_UTC);
        assertThat(done.markOverdue(DUE.plusDays(5))).isFalse();
    }

    @Test
    void progressNotesMoveTheItemUntilItIsClosed() {
        ActionItem item = item();
        item.progress(null, "Koordinasi dengan Basarnas", "bpbd", NOW_UTC);
        assertThat(item.status()).isEqualTo(ActionItemStatus.TERBUKA);
        item.progress(ActionItemStatus.DALAM_PROSES, null, "bpbd", NOW_UTC.plusHours(1));
        item.progress(ActionItemStatus.DIBATALKAN, "Banjir surut", "sekretariat", NOW_UTC.plusHours(2));
        assertThat(item.closedAtUtc()).isEqualTo(NOW_UTC.plusHours(2));
        assertThat(item.notes()).extracting(ProgressNote::statusAfter).containsExactly(ActionItemStatus.TERBUKA,
                ActionItemStatus.DALAM_PROSES, ActionItemStatus.DIBATALKAN);
        assertProblem(MeetingProblem.ACTION_CLOSED,
                () -> item.progress(ActionItemStatus.TERBUKA, "reopen", "x", NOW_UTC));
    }
}
