package id.deskpilkada.platform.domain.tps;

/** A TPS is never deleted outright: a removed one stays as DIHAPUS, so history and references keep it. */
public enum TpsStatus {
    AKTIF,
    DIHAPUS
}
