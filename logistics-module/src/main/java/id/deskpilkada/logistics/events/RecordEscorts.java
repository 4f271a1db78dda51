package id.deskpilkada.logistics.events;

import id.deskpilkada.logistics.LogisticsModule;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.security.EscortAssigned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Keeps the escort security assigned to a shipment, for its page and its officers. */
@ApplicationScoped
public class RecordEscorts implements EventConsumer {

    @Inject
    ShipmentRepository shipments;

    @Override
    public String module() {
        return LogisticsModule.NAME;
    }

    public void on(EscortAssigned e, EventMetadata metadata) {
        shipments.recordEscort(e.shipmentId(), e.team(), LocalDateTime.ofInstant(e.startAt(), ZoneOffset.UTC),
                LocalDateTime.ofInstant(metadata.occurredAt(), ZoneOffset.UTC));
    }
}
