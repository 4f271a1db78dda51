package id.deskpilkada.platform.domain.tps;

import java.util.UUID;

/** A TPS as the database holds it: the side an import is compared with. */
public record ExistingTps(UUID id, TpsDetails details, TpsStatus status, boolean synthetic) {

    /** Whether storing {@code imported} would change nothing: same values, active, and already real data. */
    public boolean sameAs(TpsDetails imported) {
        return details.equals(imported) && status == TpsStatus.AKTIF && !synthetic;
    }
}
