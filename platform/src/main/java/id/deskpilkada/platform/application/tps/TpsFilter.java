package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.domain.tps.TpsStatus;

/**
 * What a TPS list is narrowed to; every part is optional (null or blank = no condition). The caller's
 * jurisdiction always applies on top.
 *
 * @param regionPrefix a region code of any level: the TPS under it
 * @param villageCode  one desa/kelurahan
 * @param minVoters    at least this many voters
 * @param maxVoters    at most this many voters
 * @param addressText  text the address contains, in any case
 */
public record TpsFilter(String regionPrefix, String villageCode, TpsStatus status, Integer minVoters,
                        Integer maxVoters, String addressText) {

    /** Active TPS under a region code ({@code ""} for all the caller may see). */
    public static TpsFilter activeUnder(String regionPrefix) {
        return new TpsFilter(regionPrefix, null, TpsStatus.AKTIF, null, null, null);
    }
}
