package id.deskpilkada.platform.domain.tps;

import static id.deskpilkada.platform.domain.tps.TpsRulesTest.assertKind;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinatesTest {

    @ParameterizedTest(name = "{0}: {1},{2}")
    @CsvSource({
        "Kupang,-10.1772,123.6070",
        "Kota Jambi,-1.6101,103.6131",
        "Sabang,5.8926,95.3238",
        "Rondo island (northernmost),6.07,95.11",
        "Ndana island (southernmost),-11.0,122.85",
        "Merauke,-8.4932,140.4018",
        "south-west corner of the box,-11.5,94.5",
        "north-east corner of the box,6.5,141.5"})
    void pointsInsideIndonesiaAreAccepted(String place, double latitude, double longitude) {
        assertThat(new Coordinates(latitude, longitude).latitude()).isEqualTo(latitude);
        assertThat(Coordinates.isInside(latitude, longitude)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1},{2}")
    @CsvSource({
        "latitude and longitude swapped,123.6070,-10.1772",
        "lost minus sign,10.1772,123.6070",
        "empty GPS fix,0,0",
        "Darwin,-12.4634,130.8456",
        "Port Moresby,-9.4438,147.1803",
        "just past the box,6.51,120",
        "NaN,NaN,120"})
    void pointsOutsideAreRefused(String what, double latitude, double longitude) {
        assertKind(() -> new Coordinates(latitude, longitude), TpsProblem.Kind.BAD_COORDINATES);
    }

    @Test
    void kualaLumpurIsInsideTheBoxBecauseTheBoxIsOnlyRough() {
        // the documented limit of a bounding box: neighbours inside it pass; the check catches slips, not borders
        assertThat(Coordinates.isInside(3.139, 101.6869)).isTrue();
    }

    @Test
    void cellsOfAFileAreBothOrNeither() {
        assertThat(Coordinates.parse("", " ")).isEmpty();
        assertThat(Coordinates.parse(null, null)).isEmpty();
        assertThat(Coordinates.parse("-10.1772", "123.607")).contains(new Coordinates(-10.1772, 123.607));
        assertThat(Coordinates.parse("+5", "95")).contains(new Coordinates(5, 95));
        assertKind(() -> Coordinates.parse("-10.1772", ""), TpsProblem.Kind.BAD_COORDINATES);
        assertKind(() -> Coordinates.parse("", "123.6"), TpsProblem.Kind.BAD_COORDINATES);
        assertKind(() -> Coordinates.parse("-10,17", "123.6"), TpsProblem.Kind.BAD_COORDINATES);
        assertKind(() -> Coordinates.parse("-1e1", "123.6"), TpsProblem.Kind.BAD_COORDINATES);
        assertKind(() -> Coordinates.parse("NaN", "123.6"), TpsProblem.Kind.BAD_COORDINATES);
        assertKind(() -> Coordinates.of(-10.0, null), TpsProblem.Kind.BAD_COORDINATES);
        assertThat(Coordinates.of(null, null)).isEmpty();
    }
}
