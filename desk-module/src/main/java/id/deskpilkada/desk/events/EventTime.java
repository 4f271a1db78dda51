package id.deskpilkada.desk.events;

import id.deskpilkada.platform.events.EventMetadata;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Moments of events as the read model stores them: UTC local date-times (no Instant columns on H2). */
final class EventTime {

    private EventTime() {
    }

    static LocalDateTime occurred(EventMetadata metadata) {
        return utc(metadata.occurredAt());
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
