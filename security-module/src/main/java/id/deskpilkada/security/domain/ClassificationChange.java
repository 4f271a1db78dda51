package id.deskpilkada.security.domain;

import id.deskpilkada.platform.domain.tps.TpsKey;

/** What an import or an area-wide indicator does to one TPS; {@code before} is null for a first classification. */
public record ClassificationChange(TpsKey tps, Classification before, Classification after) {

    public boolean isFirst() {
        return before == null;
    }
}
