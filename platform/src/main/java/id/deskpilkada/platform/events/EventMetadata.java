package id.deskpilkada.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything of an envelope except its payload: who, when, where and in reply to what.
 *
 * @param correlationId shared by all events of one business flow
 * @param causationId   id of the event whose handling caused this one, or {@code null} for a user action
 */
public record EventMetadata(UUID id, String type, int version, Instant occurredAt, String source,
                            String regionCode, String actor, String correlationId, String causationId) {
}
