package id.deskpilkada.desk.events;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.desk.domain.ReadinessFigure;
import id.deskpilkada.desk.persistence.ReadModelRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * Keeps each region's latest announced logistics readiness, every level from desa to the nation. A region first
 * heard of in a crossing (a desa or kecamatan is announced only when it changes) takes the percent it crossed from
 * as its previous one, so that its first dip shows too.
 */
@ApplicationScoped
public class FollowReadiness implements EventConsumer {

    @Inject
    ReadModelRepository records;

    @Override
    public String module() {
        return DeskDashboardModule.NAME;
    }

    public void on(RegionReadinessChanged e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        records.readiness(e.regionCode()).ifPresentOrElse(
                figure -> figure.announced(e.percent(), e.tpsReady(), e.tpsTotal(), at),
                () -> records.add(new ReadinessFigure(e.regionCode(), e.percent(), e.tpsReady(), e.tpsTotal(), at,
                        e.previousPercent())));
    }
}
