package id.deskpilkada.platform.domain.region;

/** A renamed or moved region: what it was and what the file says it becomes. */
public record RegionChange(String code, String before, String after) {
}
