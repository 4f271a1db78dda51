package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
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

    static final Role[] READERS = {Role.SECURITY, Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN};

    @Inject
    ShipmentRouteRepository routes;

    @Inject
    Access access;

    /** @param regionFilter a region the caller narrows to ("" = all of the caller's jurisdiction) */
    public List<RouteOnTheRoad> onTheRoad(String regionFilter, int first, int max) {
        return routes.onTheRoad(scope(regionFilter), first, max).stream().map(ShipmentRoutes::view).toList();
    }

    public long countOnTheRoad(String regionFilter) {
        return routes.countOnTheRoad(scope(regionFilter));
    }

    public Optional<RouteOnTheRoad> find(UUID shipmentId) {
        access.requireAnyRole(READERS);
        Optional<RouteOnTheRoad> route = routes.byId(shipmentId).map(ShipmentRoutes::view);
        route.ifPresent(r -> access.requireWithinScope(r.regionCode()));
        return route;
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(READERS);
        return access.scope().narrowedTo(regionFilter);
    }

    private static RouteOnTheRoad view(ShipmentRoute r) {
        return new RouteOnTheRoad(r.shipmentId(), r.shipmentNumber(), r.regionCode(), r.fromNode(), r.toNode(),
                r.eta(), r.escortNeeded(), r.status().name(), r.delayReason(), r.updatedAt());
    }
}
