package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.ReadinessRecount;

/**
 * A saved change of the catalogue or of the elections held in a region.
 *
 * @param item     the item as saved (null for a change of the elections)
 * @param recount  what re-checking the TPS kits did, or null when no TPS's needs changed (name or unit only)
 */
public record CatalogueChange(CatalogueItem item, ReadinessRecount recount) {
}
