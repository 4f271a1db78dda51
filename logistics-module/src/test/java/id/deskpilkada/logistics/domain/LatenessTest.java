package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LatenessTest {

    private static final LocalDateTime ETA = LocalDateTime.of(2024, 11, 24, 10, 0);

    @Test
    void wholeHoursPastTheEtaAsDaysAndHours() {
        Lateness late = Lateness.of(ETA, ETA.plusDays(2).plusHours(5).plusMinutes(59));

        assertThat(late.hours()).isEqualTo(53);
        assertThat(late.days()).isEqualTo(2);
        assertThat(late.hoursOfDay()).isEqualTo(5);
    }

    @Test
    void notLateBeforeTheEtaOrWithoutOne() {
        assertThat(Lateness.of(ETA, ETA.minusMinutes(1)).hours()).isZero();
        assertThat(Lateness.of(ETA, ETA).hours()).isZero();
        assertThat(Lateness.of(null, ETA).hours()).isZero();
    }
}
