package id.deskpilkada.security.events;

import id.deskpilkada.platform.events.EventHandler;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.logistics.ShipmentReceived;
import id.deskpilkada.security.SecurityModule;
import id.deskpilkada.security.domain.ShipmentRoute;
import id.deskpilkada.security.persistence.ShipmentRouteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Keeps security's copy of the shipments on the road from logistics events. */
public final class TrackShipmentRoutes {

    private TrackShipmentRoutes() {
    }

    static ShipmentRoute route(ShipmentRouteRepository routes, UUID id, String number, String region,
                               LocalDateTime at) {
        return routes.byId(id).orElseGet(() -> {
            ShipmentRoute route = ShipmentRoute.firstSeen(id, number, region, at);
            routes.add(route);
            return route;
        });
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @ApplicationScoped
    public static class OnDispatched implements EventHandler<ShipmentDispatched> {

        @Inject
        ShipmentRouteRepository routes;

        @Override
        public String module() {
            return SecurityModule.NAME;
        }

        @Override
        public Class<ShipmentDispatched> eventType() {
            return ShipmentDispatched.class;
        }

        @Override
        public void handle(ShipmentDispatched e, EventMetadata metadata) {
            LocalDateTime at = utc(metadata.occurredAt());
            route(routes, e.shipmentId(), e.shipmentNumber(), e.regionCode(), at)
                    .dispatched(e.fromNode(), e.toNode(), utc(e.eta()), e.escortNeeded(), at);
        }
    }

    @ApplicationScoped
    public static class OnDelayed implements EventHandler<ShipmentDelayed> {

        @Inject
        ShipmentRouteRepository routes;

        @Override
        public String module() {
            return SecurityModule.NAME;
        }

        @Override
        public Class<ShipmentDelayed> eventType() {
            return ShipmentDelayed.class;
        }

        @Override
        public void handle(ShipmentDelayed e, EventMetadata metadata) {
            LocalDateTime at = utc(metadata.occurredAt());
            route(routes, e.shipmentId(), e.shipmentNumber(), e.regionCode(), at)
                    .delayed(e.reason(), utc(e.newEta()), at);
        }
    }

    @ApplicationScoped
    public static class OnReceived implements EventHandler<ShipmentReceived> {

        @Inject
        ShipmentRouteRepository routes;

        @Override
        public String module() {
            return SecurityModule.NAME;
        }

        @Override
        public Class<ShipmentReceived> eventType() {
            return ShipmentReceived.class;
        }

        @Override
        public void handle(ShipmentReceived e, EventMetadata metadata) {
            LocalDateTime at = utc(metadata.occurredAt());
            route(routes, e.shipmentId(), e.shipmentNumber(), e.regionCode(), at).received(at);
        }
    }
}
