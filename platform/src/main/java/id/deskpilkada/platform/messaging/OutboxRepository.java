package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/** The outbox table. Reading and marking run in short transactions of their own, apart from any caller. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OutboxEvent event) {
        em.persist(event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEvent> nextPending(int max) {
        return em.createQuery("select o from OutboxEvent o where o.status = :pending order by o.position",
                        OutboxEvent.class)
                .setParameter("pending", OutboxEvent.Status.PENDING)
                .setMaxResults(max)
                .getResultList();
    }

    /** One statement for the batch (a row each was a read and a write per event); the relay marks hundreds a second. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(Collection<Long> positions) {
        em.createQuery("update OutboxEvent o set o.status = :sent, o.sentAt = :now, o.attempts = o.attempts + 1,"
                        + " o.lastError = null where o.position in :positions")
                .setParameter("sent", OutboxEvent.Status.SENT)
                .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                .setParameter("positions", positions)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(Long position, String error) {
        em.find(OutboxEvent.class, position).failed(error);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long pendingCount() {
        return em.createQuery("select count(o) from OutboxEvent o where o.status = :pending", Long.class)
                .setParameter("pending", OutboxEvent.Status.PENDING)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEvent> byCorrelation(String correlationId) {
        return em.createQuery("select o from OutboxEvent o where o.correlationId = :c order by o.position",
                        OutboxEvent.class)
                .setParameter("c", correlationId)
                .getResultList();
    }
}
