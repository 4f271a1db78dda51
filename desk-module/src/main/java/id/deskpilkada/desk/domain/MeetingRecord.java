package id.deskpilkada.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting as scheduled (the latest schedule wins: a meeting moved twice ends where the newer move put it) and
 * whether its minutes were approved, which may be announced before the desk saw the schedule.
 */
@Entity
@Table(name = "dsk_meeting")
public class MeetingRecord {

    @Id
    @Column(name = "meeting_id")
    private UUID meetingId;

    @Embedded
    private RegionPlace place;

    private String title;

    @Column(name = "meeting_type")
    private String meetingType;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @Column(name = "scheduled_as_of")
    private LocalDateTime scheduledAsOf;

    @Column(name = "minutes_approved", nullable = false)
    private boolean minutesApproved;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    protected MeetingRecord() {
    }

    private MeetingRecord(UUID meetingId, String regionCode, String title) {
        this.meetingId = meetingId;
        this.place = RegionPlace.of(regionCode);
        this.title = title;
    }

    public static MeetingRecord firstSeen(UUID meetingId, String regionCode, String title) {
        return new MeetingRecord(meetingId, regionCode, title);
    }

    /** @param startsUtc start in UTC; a schedule older than the one held changes nothing */
    public void scheduled(String newTitle, String type, LocalDateTime startsUtc, LocalDateTime endsUtc,
                          LocalDateTime at) {
        if (scheduledAsOf != null && at.isBefore(scheduledAsOf)) {
            return;
        }
        title = newTitle;
        meetingType = type;
        startsAt = startsUtc;
        endsAt = endsUtc;
        scheduledAsOf = at;
    }

    public void minutesApproved(String approvedTitle, LocalDateTime at) {
        if (title == null) {
            title = approvedTitle;
        }
        minutesApproved = true;
        approvedAt = at;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public RegionPlace place() {
        return place;
    }

    public String title() {
        return title;
    }

    public String meetingType() {
        return meetingType;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public boolean minutesApproved() {
        return minutesApproved;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }
}
