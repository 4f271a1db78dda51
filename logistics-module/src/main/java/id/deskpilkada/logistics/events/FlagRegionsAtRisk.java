package id.deskpilkada.logistics.events;

import id.deskpilkada.logistics.LogisticsModule;
import id.deskpilkada.logistics.domain.DistributionThreat;
import id.deskpilkada.logistics.domain.RegionRisk;
import id.deskpilkada.logistics.persistence.RegionRiskRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import id.deskpilkada.platform.events.security.IncidentReported;
import id.deskpilkada.platform.events.security.IncidentResolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Flags the region of a disaster, conflict or distribution incident as at risk for shipments and TPS, and lifts
 * the flag when the incident is closed.
 */
@ApplicationScoped
public class FlagRegionsAtRisk implements EventConsumer {

    @Inject
    RegionRiskRepository risks;

    @Override
    public String module() {
        return LogisticsModule.NAME;
    }

    public void on(IncidentReported e, EventMetadata metadata) {
        flag(e.incidentId(), e.regionCode(), e.incidentType(), e.severity(), e.title(), metadata);
    }

    public void on(IncidentEscalated e, EventMetadata metadata) {
        flag(e.incidentId(), e.regionCode(), e.incidentType(), e.severity(), e.title(), metadata);
    }

    /** A closed incident (handled or rejected) no longer endangers deliveries: its flag is lifted. */
    public void on(IncidentResolved e, EventMetadata metadata) {
        risks.byIncident(e.incidentId()).ifPresent(risks::remove);
    }

    private void flag(UUID incidentId, String regionCode, String type, String severity, String title,
                      EventMetadata metadata) {
        if (!DistributionThreat.threatensDistribution(type)) {
            return;
        }
        LocalDateTime at = LocalDateTime.ofInstant(metadata.occurredAt(), ZoneOffset.UTC);
        risks.byIncident(incidentId).ifPresentOrElse(
                existing -> existing.update(severity, title, at),
                () -> risks.add(new RegionRisk(incidentId, regionCode, type, severity, title, at)));
    }
}
