package id.deskpilkada.logistics.application;

/**
 * Elections held in a region as set in the catalogue; regions below inherit it unless they have their own.
 *
 * @param regionPrefix "" for the nation, else a province or kab/kota code
 * @param regionName   "Indonesia" for the nation
 */
public record ElectionSetting(String regionPrefix, String regionName, int elections) {
}
