package id.deskpilkada.platform.domain.tps;

import java.util.Optional;

/**
 * What a TPS says about itself: village, number, voters (DPT), address and an optional point. Built only
 * valid, so anything holding one may write it; the address is kept stripped.
 *
 * @param coordinates the point, or {@code null} when none is known
 * @throws InvalidTpsException naming the first rule the values break
 */
public record TpsDetails(String villageCode, int number, int voters, String address, Coordinates coordinates) {

    public TpsDetails {
        if (!TpsRules.isVillageCode(villageCode)) {
            throw new InvalidTpsException(TpsProblem.Kind.UNKNOWN_VILLAGE, villageCode);
        }
        if (!TpsRules.isValidNumber(number)) {
            throw new InvalidTpsException(TpsProblem.Kind.BAD_NUMBER, Integer.toString(number));
        }
        if (!TpsRules.isValidVoters(voters)) {
            throw new InvalidTpsException(TpsProblem.Kind.VOTERS_OUT_OF_RANGE, Integer.toString(voters));
        }
        address = address == null ? "" : address.strip();
        if (address.isEmpty() || address.length() > TpsRules.MAX_ADDRESS) {
            throw new InvalidTpsException(TpsProblem.Kind.BAD_ADDRESS, Integer.toString(address.length()));
        }
    }

    public TpsKey key() {
        return new TpsKey(villageCode, number);
    }

    public Optional<Coordinates> point() {
        return Optional.ofNullable(coordinates);
    }

    public Double latitude() {
        return coordinates == null ? null : coordinates.latitude();
    }

    public Double longitude() {
        return coordinates == null ? null : coordinates.longitude();
    }
}
