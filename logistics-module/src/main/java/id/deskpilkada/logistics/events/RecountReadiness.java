package id.deskpilkada.logistics.events;

import id.deskpilkada.logistics.LogisticsModule;
import id.deskpilkada.logistics.application.KitReadiness;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.platform.TpsChanged;
import id.deskpilkada.platform.events.platform.TpsImported;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The TPS list changed, since a percentage over a stale number of TPS (or over a need that grew) would mislead.
 * An import or the generator (thousands of TPS) rebuilds the readiness from the list and announces the nation,
 * provinces and kab/kota as they are then, like any rebuild; one TPS created, removed, restored or given other
 * voters is checked on its own, and its desa recounted, without a rebuild. Both are idempotent beyond the inbox:
 * they read the TPS as they are now, so the same state gives the same numbers (a repeated import announces the
 * same figures again).
 */
@ApplicationScoped
public class RecountReadiness implements EventConsumer {

    @Inject
    KitReadiness kits;

    @Override
    public String module() {
        return LogisticsModule.NAME;
    }

    public void on(TpsImported e, EventMetadata metadata) {
        kits.tpsImported();
    }

    public void on(TpsChanged e, EventMetadata metadata) {
        kits.recheck(e.regionCode(), e.number());
    }
}
