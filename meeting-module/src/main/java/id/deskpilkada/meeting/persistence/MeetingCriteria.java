package id.deskpilkada.meeting.persistence;

import id.deskpilkada.meeting.domain.MeetingType;
import id.deskpilkada.platform.domain.Scope;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting search: within a scope, optionally by text (title or minutes), UTC time range, type and a
 * participating agency. Null fields do not filter.
 */
public record MeetingCriteria(Scope scope, String text, LocalDateTime fromUtc, LocalDateTime toUtc,
                              MeetingType type, UUID agencyId) {
}
