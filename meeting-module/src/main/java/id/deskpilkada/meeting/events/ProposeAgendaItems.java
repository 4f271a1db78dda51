package id.deskpilkada.meeting.events;

import id.deskpilkada.meeting.MeetingModule;
import id.deskpilkada.meeting.domain.ProposedAgendaItem;
import id.deskpilkada.meeting.persistence.ProposedAgendaItemRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.DiscrepancyReported;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.logistics.StockDamaged;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Turns delayed shipments, receipt discrepancies, damage at TPS and escalated incidents into proposed agenda items
 * of the region's next meeting.
 */
@ApplicationScoped
public class ProposeAgendaItems implements EventConsumer {

    @Inject
    ProposedAgendaItemRepository proposals;

    @Override
    public String module() {
        return MeetingModule.NAME;
    }

    public void on(ShipmentDelayed e, EventMetadata metadata) {
        proposals.add(ProposedAgendaItem.shipmentDelayed(e.regionCode(), metadata.id(), e.shipmentNumber(),
                e.reason(), e.note(), at(metadata)));
    }

    public void on(DiscrepancyReported e, EventMetadata metadata) {
        proposals.add(ProposedAgendaItem.discrepancyReported(e.regionCode(), metadata.id(), e.shipmentNumber(),
                e.itemCode(), e.shortQuantity(), e.damagedQuantity(), at(metadata)));
    }

    public void on(StockDamaged e, EventMetadata metadata) {
        proposals.add(ProposedAgendaItem.stockDamaged(e.regionCode(), metadata.id(), e.tpsNumber(), e.items(),
                e.reason(), e.note(), at(metadata)));
    }

    public void on(IncidentEscalated e, EventMetadata metadata) {
        proposals.add(ProposedAgendaItem.incidentEscalated(e.deskRegion(), metadata.id(), e.title(),
                e.incidentType(), e.severity(), at(metadata)));
    }

    private static LocalDateTime at(EventMetadata metadata) {
        return LocalDateTime.ofInstant(metadata.occurredAt(), ZoneOffset.UTC);
    }
}
