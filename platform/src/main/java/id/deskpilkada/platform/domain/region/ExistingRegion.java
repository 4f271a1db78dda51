package id.deskpilkada.platform.domain.region;

/** A region as the database holds it, the side an import is compared with. */
public record ExistingRegion(String code, String name, String parentCode) {
}
