package id.deskpilkada.desk.events;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.desk.domain.IncidentRecord;
import id.deskpilkada.desk.persistence.ReadModelRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import id.deskpilkada.platform.events.security.IncidentReported;
import id.deskpilkada.platform.events.security.IncidentResolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.UUID;

/** Follows incidents from report over escalations to their closing, in whatever order the events arrive. */
@ApplicationScoped
public class TrackIncidents implements EventConsumer {

    @Inject
    ReadModelRepository records;

    @Override
    public String module() {
        return DeskDashboardModule.NAME;
    }

    public void on(IncidentReported e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        incident(e.incidentId(), e.regionCode(), e.incidentType(), at).reported(e.severity(), e.title(), at);
    }

    public void on(IncidentEscalated e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        incident(e.incidentId(), e.regionCode(), e.incidentType(), at)
                .escalated(e.severity(), e.title(), e.deskRegion(), at);
    }

    public void on(IncidentResolved e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        incident(e.incidentId(), e.regionCode(), e.incidentType(), at).resolved(e.outcome(), e.deskRegion(), at);
    }

    private IncidentRecord incident(UUID id, String region, String type, LocalDateTime at) {
        return records.incident(id).orElseGet(() -> {
            IncidentRecord incident = IncidentRecord.firstSeen(id, region, type, at);
            records.add(incident);
            return incident;
        });
    }
}
