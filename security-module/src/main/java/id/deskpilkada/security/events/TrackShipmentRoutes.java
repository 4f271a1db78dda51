package id.deskpilkada.security.events;

import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.logistics.ShipmentReceived;
import id.deskpilkada.security.SecurityModule;
import id.deskpilkada.security.application.Escorts;
import id.deskpilkada.security.domain.ShipmentRoute;
import id.deskpilkada.security.persistence.ShipmentRouteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps security's copy of the shipments on the road from logistics events, whatever their order, and lets
 * the escort planner decide on an escort for each.
 */
@ApplicationScoped
public class TrackShipmentRoutes implements EventConsumer {

    @Inject
    ShipmentRouteRepository routes;

    @Inject
    Escorts escorts;

    @Override
    public String module() {
        return SecurityModule.NAME;
    }

    public void on(ShipmentDispatched e, EventMetadata metadata) {
        LocalDateTime at = utc(metadata.occurredAt());
        route(e.shipmentId(), e.shipmentNumber(), e.regionCode(), at)
                .dispatched(e.fromNode(), e.toNode(), utc(e.eta()), e.escortNeeded(), at);
        escorts.shipmentDispatched(e.shipmentId(), e.shipmentNumber(), e.regionCode(), e.toNode(), utc(e.eta()),
                e.escortNeeded());
    }

    public void on(ShipmentDelayed e, EventMetadata metadata) {
        LocalDateTime at = utc(metadata.occurredAt());
        route(e.shipmentId(), e.shipmentNumber(), e.regionCode(), at).delayed(e.reason(), utc(e.newEta()), at);
        escorts.shipmentDelayed(e.shipmentId(), e.shipmentNumber(), e.regionCode(), e.reason(), utc(e.newEta()));
    }

    public void on(ShipmentReceived e, EventMetadata metadata) {
        LocalDateTime at = utc(metadata.occurredAt());
        route(e.shipmentId(), e.shipmentNumber(), e.regionCode(), at).received(at);
    }

    private ShipmentRoute route(UUID id, String number, String region, LocalDateTime at) {
        return routes.byId(id).orElseGet(() -> {
            ShipmentRoute route = ShipmentRoute.firstSeen(id, number, region, at);
            routes.add(route);
            return route;
        });
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
