package id.deskpilkada.desk.events;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.desk.domain.MeetingRecord;
import id.deskpilkada.desk.domain.ReportedFigure;
import id.deskpilkada.desk.persistence.ReadModelRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.meeting.FigureReported;
import id.deskpilkada.platform.events.meeting.MeetingScheduled;
import id.deskpilkada.platform.events.meeting.MinutesApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.UUID;

/** Keeps the meetings ahead, the minutes approved and the latest figures reported in approved minutes. */
@ApplicationScoped
public class FollowMeetings implements EventConsumer {

    @Inject
    ReadModelRepository records;

    @Override
    public String module() {
        return DeskDashboardModule.NAME;
    }

    public void on(MeetingScheduled e, EventMetadata metadata) {
        meeting(e.meetingId(), e.regionCode(), e.title()).scheduled(e.title(), e.meetingType(), e.startsAtUtc(),
                e.endsAtUtc(), EventTime.occurred(metadata));
    }

    public void on(MinutesApproved e, EventMetadata metadata) {
        meeting(e.meetingId(), e.regionCode(), e.title()).minutesApproved(e.title(), EventTime.occurred(metadata));
    }

    public void on(FigureReported e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        ReportedFigure.Report report = new ReportedFigure.Report(e.meetingId(), e.agencyName(), e.indicator(),
                e.value(), e.unit(), e.asOf());
        records.figure(e.regionCode(), ReportedFigure.keyOf(e.indicator())).ifPresentOrElse(
                figure -> figure.reported(report, at),
                () -> records.add(new ReportedFigure(e.regionCode(), report, at)));
    }

    private MeetingRecord meeting(UUID id, String region, String title) {
        return records.meeting(id).orElseGet(() -> {
            MeetingRecord meeting = MeetingRecord.firstSeen(id, region, title);
            records.add(meeting);
            return meeting;
        });
    }
}
