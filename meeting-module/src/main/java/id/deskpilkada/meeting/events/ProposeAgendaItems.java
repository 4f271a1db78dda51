package id.deskpilkada.meeting.events;

import id.deskpilkada.meeting.MeetingModule;
import id.deskpilkada.meeting.domain.ProposedAgendaItem;
import id.deskpilkada.meeting.persistence.ProposedAgendaItemRepository;
import id.deskpilkada.platform.events.EventHandler;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Turns delayed shipments and escalated incidents into proposed agenda items of the region's next meeting. */
public final class ProposeAgendaItems {

    private ProposeAgendaItems() {
    }

    private static LocalDateTime at(EventMetadata metadata) {
        return LocalDateTime.ofInstant(metadata.occurredAt(), ZoneOffset.UTC);
    }

    @ApplicationScoped
    public static class OnShipmentDelayed implements EventHandler<ShipmentDelayed> {

        @Inject
        ProposedAgendaItemRepository proposals;

        @Override
        public String module() {
            return MeetingModule.NAME;
        }

        @Override
        public Class<ShipmentDelayed> eventType() {
            return ShipmentDelayed.class;
        }

        @Override
        public void handle(ShipmentDelayed e, EventMetadata metadata) {
            proposals.add(ProposedAgendaItem.shipmentDelayed(e.regionCode(), metadata.id(), e.shipmentNumber(),
                    e.reason(), e.note(), at(metadata)));
        }
    }

    @ApplicationScoped
    public static class OnIncidentEscalated implements EventHandler<IncidentEscalated> {

        @Inject
        ProposedAgendaItemRepository proposals;

        @Override
        public String module() {
            return MeetingModule.NAME;
        }

        @Override
        public Class<IncidentEscalated> eventType() {
            return IncidentEscalated.class;
        }

        @Override
        public void handle(IncidentEscalated e, EventMetadata metadata) {
            proposals.add(ProposedAgendaItem.incidentEscalated(e.deskRegion(), metadata.id(), e.title(),
                    e.incidentType(), e.severity(), at(metadata)));
        }
    }
}
