package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.ShipmentRoute;
import id.deskpilkada.security.persistence.ShipmentRouteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on shipments on the road, for escort planning. */
@ApplicationScoped
@Transactional
public class ShipmentRoutes {

    @Inject
    ShipmentRouteRepository routes;

    public List<RouteOnTheRoad> onTheRoad(String regionPrefix, int first, int max) {
        return routes.onTheRoad(regionPrefix, first, max).stream().map(ShipmentRoutes::view).toList();
    }

    public long countOnTheRoad(String regionPrefix) {
        return routes.countOnTheRoad(regionPrefix);
    }

    public Optional<RouteOnTheRoad> find(UUID shipmentId) {
        return routes.byId(shipmentId).map(ShipmentRoutes::view);
    }

    private static RouteOnTheRoad view(ShipmentRoute r) {
        return new RouteOnTheRoad(r.shipmentId(), r.shipmentNumber(), r.regionCode(), r.fromNode(), r.toNode(),
                r.eta(), r.escortNeeded(), r.status().name(), r.delayReason(), r.updatedAt());
    }
}
