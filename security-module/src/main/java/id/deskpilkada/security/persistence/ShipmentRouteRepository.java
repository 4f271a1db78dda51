package id.deskpilkada.security.persistence;

import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.persistence.ScopeJpql;
import id.deskpilkada.security.domain.ShipmentRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shipment routes by id and within a scope. */
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

    public List<ShipmentRoute> onTheRoad(Scope scope, int first, int max) {
        return onTheRoadQuery("select r", " order by r.updatedAt desc, r.shipmentId", ShipmentRoute.class, scope)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countOnTheRoad(Scope scope) {
        return onTheRoadQuery("select count(r)", "", Long.class, scope).getSingleResult();
    }

    private <T> TypedQuery<T> onTheRoadQuery(String select, String order, Class<T> type, Scope scope) {
        StringBuilder jpql = new StringBuilder(select).append(" from ShipmentRoute r where r.status <> :received");
        ScopeJpql.append(jpql, scope, "r.regionCode");
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type)
                .setParameter("received", ShipmentRoute.Status.DITERIMA);
        ScopeJpql.bind(query, scope);
        return query;
    }
}
