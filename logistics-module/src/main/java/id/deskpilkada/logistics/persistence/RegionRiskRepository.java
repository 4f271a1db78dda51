package id.deskpilkada.logistics.persistence;

import id.deskpilkada.logistics.domain.RegionRisk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Region risk flags by incident and by region prefix. */
@ApplicationScoped
public class RegionRiskRepository {

    @PersistenceContext(unitName = "logistics")
    EntityManager em;

    public Optional<RegionRisk> byIncident(UUID incidentId) {
        return Optional.ofNullable(em.find(RegionRisk.class, incidentId));
    }

    public void add(RegionRisk risk) {
        em.persist(risk);
    }

    public List<RegionRisk> within(String regionPrefix, int first, int max) {
        return em.createQuery("select r from RegionRisk r where r.regionCode like :prefix"
                        + " order by r.updatedAt desc, r.incidentId", RegionRisk.class)
                .setParameter("prefix", regionPrefix + "%")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countWithin(String regionPrefix) {
        return em.createQuery("select count(r) from RegionRisk r where r.regionCode like :prefix", Long.class)
                .setParameter("prefix", regionPrefix + "%")
                .getSingleResult();
    }
}
