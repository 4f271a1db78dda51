package id.deskpilkada.logistics.events;

import id.deskpilkada.logistics.LogisticsModule;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.platform.TpsChanged;
import id.deskpilkada.platform.events.platform.TpsImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The TPS list changed (an import, the generator, one TPS added or removed): the readiness totals are rebuilt
 * from it, since a percentage over a stale number of TPS would mislead. Idempotent: a rebuild of the same list
 * gives the same numbers.
 */
@ApplicationScoped
public class RecountReadiness implements EventConsumer {

    @Inject
    ReadinessStore readiness;

    @Override
    public String module() {
        return LogisticsModule.NAME;
    }

    public void on(TpsImported e, EventMetadata metadata) {
        readiness.rebuild();
    }

    public void on(TpsChanged e, EventMetadata metadata) {
        readiness.rebuild();
    }
}
