package id.deskpilkada.meeting.persistence;

import id.deskpilkada.meeting.domain.ProposedAgendaItem;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Proposed agenda items, read within a scope so that a user sees only their jurisdiction. */
@ApplicationScoped
public class ProposedAgendaItemRepository {

    @PersistenceContext(unitName = "meeting")
    EntityManager em;

    public void add(ProposedAgendaItem item) {
        em.persist(item);
    }

    public Optional<ProposedAgendaItem> find(UUID id) {
        return Optional.ofNullable(em.find(ProposedAgendaItem.class, id));
    }

    public List<ProposedAgendaItem> pending(Scope scope, int first, int max) {
        return pendingQuery("select p", " order by p.proposedAt desc, p.id", ProposedAgendaItem.class, scope)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countPending(Scope scope) {
        return pendingQuery("select count(p)", "", Long.class, scope).getSingleResult();
    }

    private <T> TypedQuery<T> pendingQuery(String select, String order, Class<T> type, Scope scope) {
        StringBuilder jpql = new StringBuilder(select).append(" from ProposedAgendaItem p where p.status = :status");
        ScopeJpql.append(jpql, scope, "p.regionCode");
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("status", ProposedAgendaItem.Status.DIUSULKAN);
        ScopeJpql.bind(query, scope);
        return query;
    }
}
