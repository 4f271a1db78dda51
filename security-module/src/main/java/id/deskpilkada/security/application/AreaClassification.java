package id.deskpilkada.security.application;

/**
 * The outcome of applying an indicator to every TPS of a kecamatan or desa/kelurahan.
 *
 * @param tps           active TPS in the area
 * @param changed       TPS that got the indicator (the others had it already)
 * @param recategorized TPS whose category rose by the rules, or that were classified for the first time
 */
public record AreaClassification(String regionCode, String indicatorCode, int tps, int changed, int recategorized) {
}
