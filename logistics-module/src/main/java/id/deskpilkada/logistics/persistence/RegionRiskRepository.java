package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.RegionRisk;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Region risk flags by incident and within a scope. */
@ApplicationScoped
public class RegionRiskRepository {

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

    public Optional<RegionRisk> byIncident(UUID incidentId) {
        return Optional.ofNullable(em.find(RegionRisk.class, incidentId));
    }

    /** Whether a flagged region covers this one (the region itself or one above it). */
    public boolean regionsAtRisk(String regionCode) {
        return em.createQuery("select count(r) from RegionRisk r where r.regionCode in :path", Long.class)
                .setParameter("path", id.deskpilkada.platform.domain.region.RegionCode.selfAndAncestors(regionCode))
                .getSingleResult() > 0;
    }

    public void add(RegionRisk risk) {
        em.persist(risk);
    }

    public List<RegionRisk> within(Scope scope, int first, int max) {
        return scoped("select r", " order by r.updatedAt desc, r.incidentId", RegionRisk.class, scope)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countWithin(Scope scope) {
        return scoped("select count(r)", "", Long.class, scope).getSingleResult();
    }

    private <T> TypedQuery<T> scoped(String select, String order, Class<T> type, Scope scope) {
        StringBuilder jpql = new StringBuilder(select).append(" from RegionRisk r where 1 = 1");
        ScopeJpql.append(jpql, scope, "r.regionCode");
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        ScopeJpql.bind(query, scope);
        return query;
    }
}
