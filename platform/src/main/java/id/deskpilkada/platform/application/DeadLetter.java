package id.deskpilkada.platform.application;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A dead-lettered message for the events page.
 *
 * @param module      the module whose subscription it failed on, {@code null} when it does not say
 * @param reason      the module's last error handling it, or why the broker gave it up (expired); may be null
 * @param attempts    the module's failed attempts, 0 when none was recorded
 */
public record DeadLetter(String messageId, String eventId, String type, String regionCode, String correlationId,
                         String module, String subscription, Instant sentAt, boolean expired, String reason,
                         int attempts, LocalDateTime lastFailedAt) {
}
