package id.deskpilkada.platform.application.agency;

import id.deskpilkada.platform.domain.agency.AgencyType;
import java.util.UUID;

/**
 * An agency as lists, pages and the REST API show it.
 *
 * @param parentName   the name of the agency it answers to, shown even when that one lies outside the
 *                     caller's jurisdiction (a Polres user sees the name of its Polda)
 * @param contactCount its active contact persons
 */
public record AgencySummary(UUID id, AgencyType type, String name, String regionCode, String regionName,
                            UUID parentId, String parentName, boolean active, long contactCount) {
}
