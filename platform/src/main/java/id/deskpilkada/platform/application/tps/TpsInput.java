package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.domain.tps.Coordinates;
import id.deskpilkada.platform.domain.tps.InvalidTpsException;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsProblem;

/**
 * What a form or an API client sends to create or change a TPS. Boxed numbers, since clients may leave them
 * out; when changing a TPS the village and number come from the address and may be left out here.
 */
public record TpsInput(String villageCode, Integer number, Integer voters, String address, Double latitude,
                       Double longitude) {

    /**
     * The valid TPS these values describe.
     *
     * @throws InvalidTpsException naming the first rule broken
     */
    public TpsDetails toDetails() {
        if (number == null) {
            throw new InvalidTpsException(TpsProblem.Kind.BAD_NUMBER, null);
        }
        if (voters == null) {
            throw new InvalidTpsException(TpsProblem.Kind.VOTERS_OUT_OF_RANGE, null);
        }
        Coordinates point = Coordinates.of(latitude, longitude).orElse(null);
        return new TpsDetails(villageCode == null ? null : villageCode.strip(), number, voters, address, point);
    }

    /** The same values for the TPS at {@code villageCode}/{@code number}; a different key in the body is refused. */
    public TpsInput at(String villageCode, int number) {
        if (this.villageCode != null && !this.villageCode.strip().equals(villageCode)
                || this.number != null && this.number != number) {
            throw new IllegalArgumentException("The body names another TPS than the address: "
                    + this.villageCode + "/" + this.number);
        }
        return new TpsInput(villageCode, number, voters, address, latitude, longitude);
    }
}
