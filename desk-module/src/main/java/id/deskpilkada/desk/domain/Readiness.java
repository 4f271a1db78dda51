package id.deskpilkada.desk.domain;

/** Logistics readiness: TPS whose full kit has arrived out of all TPS, and the whole percent logistics gave. */
public record Readiness(int percent, long tpsReady, long tpsTotal) {
}
