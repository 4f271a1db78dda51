package id.deskpilkada.security.domain;

/** A retired indicator stays on the TPS that carry it, but is no longer given to a TPS. */
public enum IndicatorStatus {
    AKTIF,
    NONAKTIF
}
