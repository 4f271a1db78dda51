package id.deskpilkada.logistics.domain;

/**
 * What re-checking the TPS kits against changed needs did: TPS whose stock now covers the kit, and TPS marked
 * ready whose stock no longer does. TPS marked ready in bulk without counted stock (demo data, benchmarks) have
 * nothing to re-check and stay as they are.
 */
public record ReadinessRecount(int tpsNowReady, int tpsNoLongerReady) {
}
