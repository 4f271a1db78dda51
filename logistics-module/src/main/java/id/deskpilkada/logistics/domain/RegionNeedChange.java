package id.deskpilkada.logistics.domain;

/** A changed item's needs in one region below the one previewed (a province in a national preview). */
public record RegionNeedChange(String regionCode, ItemNeedChange change) {
}
