package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.application.region.RegionUsage;
import id.deskpilkada.platform.persistence.TpsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;

/**
 * Keeps a region import from removing a region that still has active TPS. Removed (DIHAPUS) TPS do not hold
 * a region: they are history and may keep the code of a village that no longer exists.
 */
@ApplicationScoped
public class TpsRegionUsage implements RegionUsage {

    @Inject
    TpsStore store;

    @Override
    public String usedBy() {
        return "TPS";
    }

    @Override
    public Map<String, Long> usage(Collection<String> regionCodes) {
        return store.activeTpsUnder(regionCodes);
    }
}
