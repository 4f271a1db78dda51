package id.deskpilkada.platform.application;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An event as the outbox has it, for the events page. Times are UTC.
 *
 * @param position       the outbox's sequence: later events have higher positions
 * @param delivery       whether the relay has handed it to the broker
 * @param failedModules  how many modules have failed to handle it at least once
 */
public record PublishedEvent(long position, UUID eventId, String type, String regionCode, String correlationId,
                             LocalDateTime occurredAt, Delivery delivery, int attempts, String lastError,
                             LocalDateTime sentAt, int failedModules) {

    /** SENT: at the broker. PENDING: waiting for the relay. FAILED: the broker refused or was away; it is retried. */
    public enum Delivery { SENT, PENDING, FAILED }
}
