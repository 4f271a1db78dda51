package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.domain.tps.Tps;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsStatus;

/** A TPS as the audit trail records it before and after a change. */
public record TpsState(String villageCode, int number, int voters, String address, Double latitude,
                       Double longitude, String status, boolean synthetic) {

    static TpsState of(Tps tps) {
        return of(tps.details(), tps.status(), tps.synthetic());
    }

    static TpsState of(TpsDetails tps, TpsStatus status, boolean synthetic) {
        return new TpsState(tps.villageCode(), tps.number(), tps.voters(), tps.address(), tps.latitude(),
                tps.longitude(), status.name(), synthetic);
    }
}
