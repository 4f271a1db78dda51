package id.deskpilkada.logistics.persistence;

import id.deskpilkada.platform.domain.region.RegionCode;
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

    /**
     * Of these regions, the ones a flagged region covers (the region itself or one above it), in one query for
     * a whole page of shipments.
     */
    public java.util.Set<String> atRisk(java.util.Collection<String> regionCodes) {
        java.util.Set<String> paths = new java.util.HashSet<>();
        regionCodes.forEach(code -> paths.addAll(RegionCode.selfAndAncestors(code)));
        if (paths.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> flagged = new java.util.HashSet<>(em.createQuery(
                        "select distinct r.regionCode from RegionRisk r where r.regionCode in :paths", String.class)
                .setParameter("paths", paths).getResultList());
        return regionCodes.stream().filter(code -> RegionCode.selfAndAncestors(code).stream()
                .anyMatch(flagged::contains)).collect(java.util.stream.Collectors.toSet());
    }

    public void add(RegionRisk risk) {
        em.persist(risk);
    }

    public void remove(RegionRisk risk) {
        em.remove(risk);
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
