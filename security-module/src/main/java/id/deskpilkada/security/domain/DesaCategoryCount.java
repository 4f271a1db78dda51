package id.deskpilkada.security.domain;

/**
 * One row of the planner's input: the active TPS of one desa in one category, of which {@code unclassified}
 * have no category yet and are planned as kurang rawan.
 */
public record DesaCategoryCount(String villageCode, VulnerabilityCategory category, int tps, int unclassified) {
}
