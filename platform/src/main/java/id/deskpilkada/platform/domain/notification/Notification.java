package id.deskpilkada.platform.domain.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A notification as one reader sees it. Times are UTC.
 *
 * @param occurredAt when the event happened
 * @param createdAt  when it was recorded: the order of the list and of "mark all as read"
 * @param read       whether this reader marked it read (alone or with "all as read")
 */
public record Notification(UUID id, String eventType, String regionCode, SubjectType subjectType, UUID subjectId,
                           String textKey, List<String> arguments, LocalDateTime occurredAt,
                           LocalDateTime createdAt, boolean read) {

    public Notification {
        arguments = List.copyOf(arguments);
    }
}
