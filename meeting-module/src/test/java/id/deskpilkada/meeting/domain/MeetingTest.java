package id.deskpilkada.meeting.domain;

import static id.deskpilkada.meeting.domain.MeetingFixtures.BPBD;
import static id.deskpilkada.meeting.domain.MeetingFixtures.KPU;
import static id.deskpilkada.meeting.domain.MeetingFixtures.NOW_UTC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MeetingTest {

    @Test
    void keepsUtcAndShowsTheRegionsOwnTime() {
        Meeting meeting = MeetingFixtures.kupangMeeting();
        assertThat(meeting.timeZone().name()).isEqualTo("WITA");
        assertThat(meeting.startsAtUtc()).isEqualTo(LocalDateTime.of(2024, 11, 19, 1, 0));
        assertThat(meeting.localStart()).isEqualTo(LocalDateTime.of(2024, 11, 19, 9, 0));
        assertThat(new Meeting("15.71", MeetingFixtures.details(LocalDateTime.of(2024, 11, 14, 9, 0)), null, "x")
                .startsAtUtc()).isEqualTo(LocalDateTime.of(2024, 11, 14, 2, 0));
    }

    @Test
    void refusesBadSchedules() {
        LocalDateTime start = LocalDateTime.of(2024, 11, 19, 9, 0);
        MeetingDetails ok = MeetingFixtures.details(start);
        assertProblem(MeetingProblem.END_BEFORE_START, () -> new Meeting("53.71", new MeetingDetails(ok.title(),
                ok.type(), ok.mode(), ok.place(), ok.onlineLink(), start, start.minusMinutes(1), null, null, null,
                null, null), null, "x"));
        assertProblem(MeetingProblem.TITLE_REQUIRED, () -> new Meeting("53.71", new MeetingDetails(" ", null,
                null, "Aula", null, start, start.plusHours(1), null, null, null, null, null), null, "x"));
        assertProblem(MeetingProblem.LINK_REQUIRED, () -> new Meeting("53.71", new MeetingDetails("Rakor",
                null, MeetingMode.DARING, null, " ", start, start.plusHours(1), null, null, null, null, null), null, "x"));
        assertProblem(MeetingProblem.PLACE_REQUIRED, () -> new Meeting("53.71", new MeetingDetails("Rakor",
                null, MeetingMode.TATAP_MUKA, null, null, start, start.plusHours(1), null, null, null, null, null), null,
                "x"));
    }

    @Test
    void attendancePercentCountsRepresentedAgenciesAndIgnoresWalkIns() {
        Meeting meeting = MeetingFixtures.kupangMeeting();
        Participant kpu = meeting.invite(KPU, "KPU Kota Kupang");
        Participant bpbd = meeting.invite(BPBD, "BPBD Kota Kupang");
        Participant other = meeting.invite(UUID.randomUUID(), "Bawaslu Kota Kupang");
        Participant absent = meeting.invite(UUID.randomUUID(), "Kejaksaan Negeri Kupang");
        meeting.recordAttendance(kpu.id(), Attendance.HADIR, "ignored", "ignored");
        meeting.recordAttendance(bpbd.id(), Attendance.DIWAKILI, "Yohanes Lado", "Kabid Kedaruratan");
        meeting.recordAttendance(absent.id(), Attendance.TIDAK_HADIR, null, null);
        meeting.addWalkIn(null, "Ormas Pemuda", "Ketua", null);
        assertThat(meeting.attendancePercent()).isEqualTo(50);
        assertThat(kpu.representative()).as("only a representation names someone").isNull();
        assertThat(bpbd.representative()).isEqualTo("Yohanes Lado");
        assertThat(other.attendance()).isNull();
        assertProblem(MeetingProblem.ALREADY_INVITED, () -> meeting.invite(KPU, "KPU Kota Kupang"));
    }

    @Test
    void workflowDraftSubmittedApprovedAndBack() {
        Meeting meeting = MeetingFixtures.withMinutes();
        meeting.submitMinutes();
        assertThat(meeting.minutesStatus()).isEqualTo(MinutesStatus.DIAJUKAN);
        assertProblem(MeetingProblem.REASON_REQUIRED, () -> meeting.returnMinutesToDraft(" "));
        meeting.returnMinutesToDraft("Angka personel belum sesuai");
        assertThat(meeting.minutesStatus()).isEqualTo(MinutesStatus.DRAF);
        assertThat(meeting.returnReason()).isEqualTo("Angka personel belum sesuai");
        meeting.submitMinutes();
        assertThat(meeting.returnReason()).isNull();
        meeting.approveMinutes("pimpinan", "abc", NOW_UTC);
        assertThat(meeting.minutesStatus()).isEqualTo(MinutesStatus.DISAHKAN);
        assertThat(meeting.contentHash()).isEqualTo("abc");
        assertThat(meeting.approvedAtLocal()).isEqualTo(NOW_UTC.plusHours(8));
    }

    @Test
    void everyIllegalTransitionIsRefused() {
        Meeting draft = MeetingFixtures.withMinutes();
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, () -> draft.approveMinutes("x", "h", NOW_UTC));
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, () -> draft.returnMinutesToDraft("why"));
        Meeting submitted = MeetingFixtures.withMinutes();
        submitted.submitMinutes();
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, submitted::submitMinutes);
        Meeting approved = MeetingFixtures.withMinutes();
        approved.submitMinutes();
        approved.approveMinutes("x", "h", NOW_UTC);
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, approved::submitMinutes);
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, () -> approved.approveMinutes("x", "h", NOW_UTC));
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, () -> approved.returnMinutesToDraft("why"));
        for (MinutesStatus from : MinutesStatus.values()) {
            for (MinutesStatus to : MinutesStatus.values()) {
                boolean legal = from == MinutesStatus.DRAF && to == MinutesStatus.DIAJUKAN
                        || from == MinutesStatus.DIAJUKAN && to != MinutesStatus.DIAJUKAN;
                assertThat(from.canGoTo(to)).as(from + " -> " + to).isEqualTo(legal);
            }
        }
    }

    @Test
    void minutesWithoutAnyWrittenItemCannotBeSubmitted() {
        Meeting meeting = MeetingFixtures.kupangMeeting();
        assertProblem(MeetingProblem.NO_MINUTES, meeting::submitMinutes);
        AgendaItem item = meeting.addAgendaItem("Pembukaan", null);
        meeting.writeMinutes(item.id(), "<p><br></p>");
        assertProblem(MeetingProblem.NO_MINUTES, meeting::submitMinutes);
    }

    @Test
    void submittedAndApprovedMinutesAreLockedEverywhere() {
        Meeting meeting = MeetingFixtures.withMinutes();
        UUID item = meeting.agenda().get(0).id();
        meeting.submitMinutes();
        assertLocked(meeting, item);
        meeting.approveMinutes("pimpinan", "h", NOW_UTC);
        assertLocked(meeting, item);
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> new ActionItem(meeting, item, "Cek gudang", KPU, "KPU",
                null, NOW_UTC.toLocalDate(), NOW_UTC));
    }

    private static void assertLocked(Meeting meeting, UUID item) {
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> meeting.writeMinutes(item, "<p>changed</p>"));
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> meeting.addAgendaItem("Lain-lain", null));
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> meeting.decide(item, "Keputusan baru"));
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> meeting.addReport(item, KPU, "KPU", "logistik siap",
                BigDecimal.TEN, "%", null));
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> meeting.invite(UUID.randomUUID(), "Polres"));
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> meeting.reschedule(meeting.details()));
    }

    @Test
    void addendaOnlyAfterApprovalWithTheirOwnWorkflow() {
        Meeting meeting = MeetingFixtures.withMinutes();
        assertProblem(MeetingProblem.ADDENDUM_ONLY_AFTER_APPROVAL, () -> meeting.addAddendum("<p>x</p>", "n"));
        meeting.submitMinutes();
        meeting.approveMinutes("pimpinan", "h", NOW_UTC);
        assertProblem(MeetingProblem.ADDENDUM_TEXT_REQUIRED,
                () -> meeting.addAddendum("<script>alert(1)</script>", "notulis"));
        Addendum addendum = meeting.addAddendum("<p>Koreksi: personel 28.508</p>", "notulis");
        assertThat(addendum.number()).isEqualTo(1);
        assertProblem(MeetingProblem.ILLEGAL_TRANSITION, () -> addendum.approve("x", NOW_UTC));
        addendum.submit();
        assertProblem(MeetingProblem.MINUTES_LOCKED, () -> addendum.write("<p>again</p>"));
        addendum.approve("pimpinan", NOW_UTC);
        assertThat(addendum.status()).isEqualTo(MinutesStatus.DISAHKAN);
        assertThat(meeting.contentHash()).as("the minutes' own hash is untouched").isEqualTo("h");
    }

    @Test
    void agendaKeepsItsOrderWhenItemsMoveOrGo() {
        Meeting meeting = MeetingFixtures.kupangMeeting();
        AgendaItem a = meeting.addAgendaItem("A", null);
        AgendaItem b = meeting.addAgendaItem("B", null);
        AgendaItem c = meeting.addAgendaItem("C", null);
        meeting.moveAgendaItem(c.id(), -1);
        assertThat(meeting.agenda()).extracting(AgendaItem::title).containsExactly("A", "C", "B");
        meeting.removeAgendaItem(a.id());
        assertThat(meeting.agenda()).extracting(AgendaItem::ordinal).containsExactly(1, 2);
        meeting.moveAgendaItem(b.id(), +1);
        assertThat(meeting.agenda()).extracting(AgendaItem::title).containsExactly("C", "B");
    }

    @Test
    void reportsNeedAnIndicatorAndAValueAndDefaultToTheMeetingDate() {
        Meeting meeting = MeetingFixtures.withMinutes();
        UUID item = meeting.agenda().get(0).id();
        AgencyReport report = meeting.addReport(item, KPU, "Polda NTT", "personel gabungan siap",
                new BigDecimal("28508.00"), "orang", null);
        assertThat(report.value().toPlainString()).isEqualTo("28508");
        assertThat(report.asOf()).isEqualTo(meeting.localStart().toLocalDate());
        assertProblem(MeetingProblem.REPORT_INVALID, () -> meeting.addReport(item, KPU, "KPU", " ", BigDecimal.ONE,
                null, null));
        assertProblem(MeetingProblem.REPORT_INVALID, () -> meeting.addReport(item, KPU, "KPU", "x", null, null,
                null));
    }

    static void assertProblem(MeetingProblem problem, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(MeetingRuleViolation.class,
                (Consumer<MeetingRuleViolation>) v -> assertThat(v.problem()).isEqualTo(problem));
    }
}
