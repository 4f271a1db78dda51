package id.deskpilkada.platform.domain.tps;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a TPS stands, in decimal degrees (WGS 84). Only points roughly inside Indonesia are accepted, which
 * catches the usual slips: latitude and longitude swapped, a lost minus sign, a 0,0 from an empty GPS fix.
 * The box is a little wider than the outermost islands (Rondo 6.07° N, Ndana 11.0° S, Breueh 95.0° E, the
 * Papua border 141.0° E) so that no real station is refused.
 */
public record Coordinates(double latitude, double longitude) {

    public static final double MIN_LATITUDE = -11.5;
    public static final double MAX_LATITUDE = 6.5;
    public static final double MIN_LONGITUDE = 94.5;
    public static final double MAX_LONGITUDE = 141.5;

    /** Plain decimals with a point; no exponents, no "NaN", no decimal comma (CSV uses the comma). */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{1,12})?");

    public Coordinates {
        if (!isInside(latitude, longitude)) {
            throw new InvalidTpsException(TpsProblem.Kind.BAD_COORDINATES, latitude + "," + longitude);
        }
    }

    public static boolean isInside(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE && longitude <= MAX_LONGITUDE;
    }

    /**
     * Both given or both absent: a TPS has a point or none, never half of one.
     *
     * @throws InvalidTpsException (BAD_COORDINATES) for one of the two alone or a point outside the box
     */
    public static Optional<Coordinates> of(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null) {
            throw new InvalidTpsException(TpsProblem.Kind.BAD_COORDINATES, latitude + "," + longitude);
        }
        return Optional.of(new Coordinates(latitude, longitude));
    }

    /** The two cells of a file row; blank cells mean no point. */
    public static Optional<Coordinates> parse(String latitude, String longitude) {
        String lat = latitude == null ? "" : latitude.strip();
        String lon = longitude == null ? "" : longitude.strip();
        if (lat.isEmpty() && lon.isEmpty()) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(lat).matches() || !DECIMAL.matcher(lon).matches()) {
            throw new InvalidTpsException(TpsProblem.Kind.BAD_COORDINATES, lat + "," + lon);
        }
        return of(Double.valueOf(lat), Double.valueOf(lon));
    }
}
