package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.Force;
import id.deskpilkada.security.domain.UnitKind;
import java.util.UUID;

/**
 * A roster unit as lists show it.
 *
 * @param assigned personnel of the unit assigned to TPS clusters
 */
public record UnitView(UUID id, long version, UnitKind kind, Force force, String name, String regionCode,
                       String regionName, UUID agencyId, String agencyName, int available, int standby,
                       long assigned) {
}
