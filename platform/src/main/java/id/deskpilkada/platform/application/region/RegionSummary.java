package id.deskpilkada.platform.application.region;

/** A region as pages and the REST API show it. */
public record RegionSummary(String code, String name, int level, String parentCode, String timeZone,
                            boolean hasChildren) {
}
