package id.deskpilkada.desk.events;

import id.deskpilkada.desk.DeskDashboardModule;
import id.deskpilkada.desk.domain.CategoryCounts;
import id.deskpilkada.desk.domain.DeploymentFigure;
import id.deskpilkada.desk.domain.DeploymentGapFigure;
import id.deskpilkada.desk.domain.IndexFigure;
import id.deskpilkada.desk.domain.IndexScore;
import id.deskpilkada.desk.domain.Personnel;
import id.deskpilkada.desk.domain.VulnerabilityFigure;
import id.deskpilkada.desk.persistence.ReadModelRepository;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.security.DeploymentGapDetected;
import id.deskpilkada.platform.events.security.DeploymentPlanned;
import id.deskpilkada.platform.events.security.VulnerabilityCountsChanged;
import id.deskpilkada.platform.events.security.VulnerabilityIndexComputed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Keeps security's latest figures per region: TPS per kerawanan category and deployment plans of each kab/kota,
 * announced personnel gaps of each Polres and Polda, the vulnerability index of each province and kab/kota.
 */
@ApplicationScoped
public class KeepSecurityFigures implements EventConsumer {

    @Inject
    ReadModelRepository records;

    @Override
    public String module() {
        return DeskDashboardModule.NAME;
    }

    public void on(VulnerabilityCountsChanged e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        CategoryCounts counts = new CategoryCounts(e.kurangRawan(), e.rawan(), e.sangatRawan(), e.khusus());
        records.vulnerability(e.regionCode()).ifPresentOrElse(figure -> figure.counted(counts, at),
                () -> records.add(new VulnerabilityFigure(e.regionCode(), counts, at)));
    }

    public void on(DeploymentPlanned e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        Personnel plan = Personnel.ofKabKota(e.polriNeeded(), e.tniNeeded(), e.linmasNeeded(), e.polriAvailable(),
                e.tniAvailable(), e.linmasAvailable(), e.assigned());
        boolean taken = records.deployment(e.regionCode()).map(figure -> figure.planned(plan, at)).orElseGet(() -> {
            records.add(new DeploymentFigure(e.regionCode(), plan, at));
            return true;
        });
        if (taken) {
            records.forgetGapsOlderThan(e.regionCode(), at);
        }
    }

    public void on(DeploymentGapDetected e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        String force = e.force().toLowerCase(Locale.ROOT);
        boolean supersededByPlan = records.deployment(e.regionCode()).filter(plan -> plan.asOf().isAfter(at))
                .isPresent();
        if (supersededByPlan) {
            return;
        }
        records.gap(e.regionCode(), force).ifPresentOrElse(
                gap -> gap.announced(e.needed(), e.available(), e.standby(), at),
                () -> records.add(new DeploymentGapFigure(e.regionCode(), force, e.needed(), e.available(),
                        e.standby(), at)));
    }

    public void on(VulnerabilityIndexComputed e, EventMetadata metadata) {
        LocalDateTime at = EventTime.occurred(metadata);
        IndexScore index = new IndexScore(e.score(), e.level(), e.completeness());
        records.index(e.regionCode()).ifPresentOrElse(figure -> figure.computed(index, at),
                () -> records.add(new IndexFigure(e.regionCode(), index, at)));
    }
}
