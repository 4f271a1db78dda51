package id.deskpilkada.security.application;

import java.util.UUID;

/** A team of a unit to send to a cluster of TPS: a kecamatan or desa code inside the unit's region. */
public record AssignmentDraft(UUID unitId, String teamName, String regionCode, int personnel) {
}
