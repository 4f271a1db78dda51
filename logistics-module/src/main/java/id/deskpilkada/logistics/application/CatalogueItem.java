package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.KitItem;
import java.math.BigDecimal;

/**
 * A kit item as the catalogue page and the REST API show it: its need formula, whether it is still part of the
 * kit, and the version an edit must name.
 */
public record CatalogueItem(String code, String name, String unit, int perTps, BigDecimal perVoter,
                            BigDecimal reservePercent, boolean perElection, boolean active, int ordinal,
                            long version) {

    static CatalogueItem of(KitItem item) {
        return new CatalogueItem(item.code(), item.name(), item.unit(), item.perTps(), item.perVoter(),
                item.reservePercent(), item.perElection(), item.active(), item.ordinal(), item.version());
    }
}
