package id.deskpilkada.platform.application.tps;

/** Active TPS and their voters under one region code. */
public record RegionTotals(String regionCode, long tps, long voters) {
}
