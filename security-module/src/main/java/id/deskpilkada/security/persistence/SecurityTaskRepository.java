package id.deskpilkada.security.persistence;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import id.deskpilkada.security.domain.SecurityTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Security's task list: action items of meetings addressed to security agencies. */
@ApplicationScoped
public class SecurityTaskRepository {

    @PersistenceContext(unitName = "security")
    EntityManager em;

    public Optional<SecurityTask> find(UUID actionItemId) {
        return Optional.ofNullable(em.find(SecurityTask.class, actionItemId));
    }

    public void add(SecurityTask task) {
        em.persist(task);
    }

    /** @param agencyId only this agency's tasks (null: every security agency's in the scope) */
    public List<SecurityTask> page(Scope scope, UUID agencyId, boolean openOnly, int first, int max) {
        return query("select t", " order by t.dueDate, t.title", SecurityTask.class, scope, agencyId, openOnly)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Scope scope, UUID agencyId, boolean openOnly) {
        return query("select count(t)", "", Long.class, scope, agencyId, openOnly).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, Scope scope, UUID agencyId,
                                    boolean openOnly) {
        StringBuilder jpql = new StringBuilder(select).append(" from SecurityTask t where 1 = 1");
        ScopeJpql.append(jpql, scope, "t.regionCode");
        if (agencyId != null) {
            jpql.append(" and t.agencyId = :agency");
        }
        if (openOnly) {
            jpql.append(" and t.status = 'TERBUKA'");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, scope);
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
        return query;
    }
}
