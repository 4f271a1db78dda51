package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The last error per event and module that failed to handle it. The broker moves a message that failed too often
 * to the dead-letter address without saying why; the events page reads the reason here.
 */
@ApplicationScoped
public class HandlingFailures {

    static final int MAX_ERROR = 1000;

    /** One module's failures with one event. */
    public record Failure(UUID eventId, String module, int attempts, String lastError, LocalDateTime lastFailedAt) {
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** In a transaction of its own: the handler's transaction has just rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String module, UUID eventId, String eventType, Throwable error) {
        String reason = describe(error);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int updated = em.createNativeQuery("update plt_event_failure set attempts = attempts + 1, last_error = ?,"
                        + " last_failed_at = ? where event_id = ? and module = ?")
                .setParameter(1, reason).setParameter(2, now).setParameter(3, eventId).setParameter(4, module)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into plt_event_failure (event_id, module, event_type, attempts, last_error,"
                            + " last_failed_at) values (?, ?, ?, 1, ?, ?)")
                    .setParameter(1, eventId).setParameter(2, module).setParameter(3, eventType)
                    .setParameter(4, reason).setParameter(5, now)
                    .executeUpdate();
        }
    }

    /** The failures recorded for these events, by event id and module. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<UUID, Map<String, Failure>> of(Collection<UUID> eventIds) {
        Map<UUID, Map<String, Failure>> found = new HashMap<>();
        if (eventIds.isEmpty()) {
            return found;
        }
        List<UUID> ids = List.copyOf(eventIds);
        Query query = em.createNativeQuery("select event_id, module, attempts, last_error, last_failed_at"
                + " from plt_event_failure where event_id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            UUID id = row[0] instanceof UUID uuid ? uuid : UUID.fromString(row[0].toString());
            Failure failure = new Failure(id, (String) row[1], ((Number) row[2]).intValue(), (String) row[3],
                    toLocalDateTime(row[4]));
            found.computeIfAbsent(id, k -> new HashMap<>()).put(failure.module(), failure);
        }
        return found;
    }

    /** The innermost cause says what went wrong; the wrappers around it are the container's. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
