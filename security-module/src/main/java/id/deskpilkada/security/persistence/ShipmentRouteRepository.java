package id.deskpilkada.security.persistence;

import id.deskpilkada.security.domain.ShipmentRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shipment routes by id and by region prefix. */
@ApplicationScoped
public class ShipmentRouteRepository {

    @PersistenceContext(unitName = "security")
    EntityManager em;

    public Optional<ShipmentRoute> byId(UUID shipmentId) {
        return Optional.ofNullable(em.find(ShipmentRoute.class, shipmentId));
    }

    public void add(ShipmentRoute route) {
        em.persist(route);
    }

    public List<ShipmentRoute> onTheRoad(String regionPrefix, int first, int max) {
        return em.createQuery("select r from ShipmentRoute r where r.status <> :received"
                        + " and r.regionCode like :prefix order by r.updatedAt desc, r.shipmentId", ShipmentRoute.class)
                .setParameter("received", ShipmentRoute.Status.DITERIMA)
                .setParameter("prefix", regionPrefix + "%")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOnTheRoad(String regionPrefix) {
        return em.createQuery("select count(r) from ShipmentRoute r where r.status <> :received"
                        + " and r.regionCode like :prefix", Long.class)
                .setParameter("received", ShipmentRoute.Status.DITERIMA)
                .setParameter("prefix", regionPrefix + "%")
                .getSingleResult();
    }
}
