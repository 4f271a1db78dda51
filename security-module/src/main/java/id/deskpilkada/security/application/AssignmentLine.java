package id.deskpilkada.security.application;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A team assignment as the sprint order and the unit's list show it.
 *
 * @param desaName      the desa's name, or null when the cluster is a whole kecamatan
 * @param tps           active TPS in the cluster
 * @param neededOfForce what the cluster needs of the unit's force under the active pattern
 */
public record AssignmentLine(UUID id, String teamName, String regionCode, String kecamatanName, String desaName,
                             long tps, long neededOfForce, int personnel, String assignedBy,
                             LocalDateTime assignedAtUtc) {
}
