package id.deskpilkada.security.application;

/**
 * The outcome of applying an indicator to every TPS of a kecamatan or desa/kelurahan.
 *
 * @param tps     active TPS in the area
 * @param changed TPS that got the indicator (the others had it already)
 * @param lifted  TPS whose category rose by the rules
 */
public record AreaClassification(String regionCode, String indicatorCode, int tps, int changed, int lifted) {
}
