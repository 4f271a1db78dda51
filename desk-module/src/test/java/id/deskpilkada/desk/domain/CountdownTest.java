package id.deskpilkada.desk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** H-n in the region's own date: WIB, WITA, WIT; the nation in Jakarta. */
class CountdownTest {

    private final Countdown pilkada2024 = new Countdown(LocalDate.of(2024, 11, 27));

    @Test
    void countsDaysToTheVotingDayAndAfterIt() {
        Instant noonJakarta = Instant.parse("2024-11-20T05:00:00Z");

        assertThat(pilkada2024.label(noonJakarta, "15.71")).isEqualTo("H-7");
        assertThat(pilkada2024.label(Instant.parse("2024-11-27T05:00:00Z"), "15.71")).isEqualTo("H-0");
        assertThat(pilkada2024.label(Instant.parse("2024-11-29T05:00:00Z"), "")).isEqualTo("H+2");
        assertThat(pilkada2024.daysLeft(noonJakarta, "")).isEqualTo(7);
    }

    @Test
    void theEastReachesTheNextDayFirst() {
        Instant lateEvening = Instant.parse("2024-11-26T16:30:00Z"); // 23.30 WIB, 00.30 WITA, 01.30 WIT

        assertThat(pilkada2024.label(lateEvening, "15.71")).as("Kota Jambi, WIB").isEqualTo("H-1");
        assertThat(pilkada2024.label(lateEvening, "53.71")).as("Kota Kupang, WITA").isEqualTo("H-0");
        assertThat(pilkada2024.label(lateEvening, "94.71")).as("Kota Jayapura, WIT").isEqualTo("H-0");
        assertThat(pilkada2024.label(lateEvening, "")).as("the nation, Jakarta").isEqualTo("H-1");
        assertThat(Countdown.today(lateEvening, "53.71")).isEqualTo(LocalDate.of(2024, 11, 27));
    }

    @Test
    void aCountdownNeedsAVotingDay() {
        assertThatThrownBy(() -> new Countdown(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
