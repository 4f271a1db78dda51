package id.deskpilkada.meeting.persistence;

import id.deskpilkada.meeting.domain.ProposedAgendaItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Proposed agenda items, read by region prefix so that a user sees only their jurisdiction. */
@ApplicationScoped
public class ProposedAgendaItemRepository {

    @PersistenceContext(unitName = "meeting")
    EntityManager em;

    public void add(ProposedAgendaItem item) {
        em.persist(item);
    }

    public List<ProposedAgendaItem> pending(String regionPrefix, int first, int max) {
        return em.createQuery("select p from ProposedAgendaItem p where p.status = :status"
                        + " and p.regionCode like :prefix order by p.proposedAt desc, p.id", ProposedAgendaItem.class)
                .setParameter("status", ProposedAgendaItem.Status.DIUSULKAN)
                .setParameter("prefix", regionPrefix + "%")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countPending(String regionPrefix) {
        return em.createQuery("select count(p) from ProposedAgendaItem p where p.status = :status"
                        + " and p.regionCode like :prefix", Long.class)
                .setParameter("status", ProposedAgendaItem.Status.DIUSULKAN)
                .setParameter("prefix", regionPrefix + "%")
                .getSingleResult();
    }
}
