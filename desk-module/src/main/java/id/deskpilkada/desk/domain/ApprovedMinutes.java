package id.deskpilkada.desk.domain;

import java.time.LocalDateTime;
import java.util.UUID;

/** Minutes approved (disahkan): of which meeting, where, when (UTC). */
public record ApprovedMinutes(UUID meetingId, String regionCode, String title, LocalDateTime approvedAtUtc) {
}
