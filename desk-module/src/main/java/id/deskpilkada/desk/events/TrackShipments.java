package id.deskpilkada.desk.events;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.desk.domain.ShipmentOnTheRoad;
import id.deskpilkada.desk.persistence.ReadModelRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.logistics.ShipmentDispatched;
import id.deskpilkada.platform.events.logistics.ShipmentReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/** Keeps the shipments on the road with their ETA, in whatever order logistics' events arrive. */
@ApplicationScoped
public class TrackShipments implements EventConsumer {

    @Inject
    ReadModelRepository records;

    @Override
    public String module() {
        return DeskDashboardModule.NAME;
    }

    public void on(ShipmentDispatched e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        onTheRoad(e.shipmentId(), e.shipmentNumber(), e.regionCode(), at)
                .ifPresent(s -> s.dispatched(EventTime.utc(e.eta()), at));
    }

    public void on(ShipmentDelayed e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        onTheRoad(e.shipmentId(), e.shipmentNumber(), e.regionCode(), at)
                .ifPresent(s -> s.delayed(e.reason(), EventTime.utc(e.newEta()), at));
    }

    public void on(ShipmentReceived e, EventMetadata metadata) {
        records.received(e.shipmentId(), EventTime.occurred(metadata));
    }

    /** The shipment's record, created when first seen; none once it was received. */
    private Optional<ShipmentOnTheRoad> onTheRoad(UUID id, String number, String region, LocalDateTime at) {
        if (records.isReceived(id)) {
            return Optional.empty();
        }
        return Optional.of(records.shipment(id).orElseGet(() -> {
            ShipmentOnTheRoad shipment = ShipmentOnTheRoad.firstSeen(id, number, region, at);
            records.add(shipment);
            return shipment;
        }));
    }
}
