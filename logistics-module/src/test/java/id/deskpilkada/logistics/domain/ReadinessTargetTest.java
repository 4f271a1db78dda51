package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadinessTargetTest {

    private static final ReadinessTarget EVERY_TPS = new ReadinessTarget(100);

    @Test
    void everyTpsMustBeReadyForAHundredPercent() {
        Readiness kotaKupang = new Readiness("53.71", 1_000, 900);

        assertThat(EVERY_TPS.reachedBy(kotaKupang)).isFalse();
        assertThat(EVERY_TPS.tpsShort(kotaKupang)).isEqualTo(100);
        assertThat(EVERY_TPS.reachedBy(new Readiness("53.71", 1_000, 1_000))).isTrue();
    }

    @Test
    void aLowerTargetCountsTheTpsStillMissingRoundedUp() {
        ReadinessTarget ninetyEight = new ReadinessTarget(98);

        assertThat(ninetyEight.tpsShort(new Readiness("15.71", 1_201, 1_100))).isEqualTo(77);
        assertThat(ninetyEight.reachedBy(new Readiness("15.71", 1_201, 1_177))).isTrue();
        assertThat(ninetyEight.reachedBy(new Readiness("15.71", 1_201, 1_176))).isFalse();
        assertThat(ninetyEight.tpsShort(new Readiness("15.71", 1_201, 1_200))).isZero();
    }

    @Test
    void aRegionWithoutTpsHasNothingToReach() {
        assertThat(EVERY_TPS.reachedBy(new Readiness("53.72", 0, 0))).isTrue();
        assertThat(EVERY_TPS.tpsShort(new Readiness("53.72", 0, 0))).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101})
    void aTargetIsAPercentage(int percent) {
        assertThatThrownBy(() -> new ReadinessTarget(percent)).isInstanceOf(IllegalArgumentException.class);
    }
}
