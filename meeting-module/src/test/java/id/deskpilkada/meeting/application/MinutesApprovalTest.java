package id.deskpilkada.meeting.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.meeting.domain.AgendaItem;
import id.deskpilkada.meeting.domain.Meeting;
import id.deskpilkada.meeting.domain.MeetingDetails;
import id.deskpilkada.meeting.domain.MeetingMode;
import id.deskpilkada.meeting.domain.MeetingType;
import id.deskpilkada.platform.events.meeting.FigureReported;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What approving minutes tells the other modules about the figures the agencies reported in them. */
class MinutesApprovalTest {

    private static Meeting nttRakor() {
        LocalDateTime start = LocalDateTime.of(2024, 11, 26, 9, 0);
        return new Meeting("53", new MeetingDetails("Rakor kesiapan Pilkada NTT", MeetingType.RAKOR,
                MeetingMode.DARING, null, "https://zoom.us/j/1", start, start.plusHours(2), "Andriko Susanto",
                "Penjabat Gubernur", null, "Maria Ndolu", null), null, "sekretariat");
    }

    @Test
    void everyReportedFigureOfEveryAgendaItemIsPublishedInAgendaOrder() {
        Meeting meeting = nttRakor();
        AgendaItem security = meeting.addAgendaItem("Kesiapan pengamanan", null);
        AgendaItem election = meeting.addAgendaItem("Kesiapan penyelenggaraan", null);
        meeting.addReport(election.id(), UUID.randomUUID(), "KPU Provinsi NTT", "target partisipasi",
                new BigDecimal("77.50"), "%", null);
        meeting.addReport(security.id(), UUID.randomUUID(), "Polda NTT", "personel gabungan siap",
                new BigDecimal("28508"), "orang", LocalDate.of(2024, 11, 25));

        assertThat(MinutesApproval.figuresOf(meeting)).containsExactly(
                new FigureReported(meeting.id(), "53", "Polda NTT", "personel gabungan siap",
                        new BigDecimal("28508"), "orang", LocalDate.of(2024, 11, 25)),
                new FigureReported(meeting.id(), "53", "KPU Provinsi NTT", "target partisipasi",
                        new BigDecimal("77.5"), "%", LocalDate.of(2024, 11, 26)));
    }

    @Test
    void minutesWithoutReportsPublishNoFigure() {
        Meeting meeting = nttRakor();
        meeting.addAgendaItem("Lain-lain", null);

        assertThat(MinutesApproval.figuresOf(meeting)).isEmpty();
    }
}
