/**
 * Polling stations (TPS): leaves under a desa/kelurahan, keyed by village code and number, with their
 * voters (DPT), address, optional coordinates and status. Holds the rules a TPS must keep and the pure
 * import plan (dry run and apply compute the same plan); storage and events live elsewhere.
 */
package id.deskpilkada.platform.domain.tps;
