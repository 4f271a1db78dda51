package id.deskpilkada.logistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VotingDayTest {

    /** Pilkada serentak 2024. */
    private static final VotingDay PILKADA_2024 = new VotingDay(LocalDate.of(2024, 11, 27));
    private static final String KOTA_JAMBI = "15.71";
    private static final String KOTA_KUPANG = "53.71";
    private static final String KOTA_JAYAPURA = "91.71";

    @Test
    void aWeekBeforeIsHMinusSeven() {
        Instant morning = Instant.parse("2024-11-20T02:00:00Z");

        assertThat(PILKADA_2024.daysLeft(morning, KOTA_JAMBI)).isEqualTo(7);
        assertThat(PILKADA_2024.label(morning, KOTA_JAMBI)).isEqualTo("H-7");
    }

    @Test
    void theVotingDayItselfIsHMinusZero() {
        Instant noon = Instant.parse("2024-11-27T05:00:00Z");

        assertThat(PILKADA_2024.daysLeft(noon, KOTA_KUPANG)).isZero();
        assertThat(PILKADA_2024.label(noon, KOTA_KUPANG)).isEqualTo("H-0");
    }

    @Test
    void twoDaysAfterIsHPlusTwo() {
        Instant later = Instant.parse("2024-11-29T03:00:00Z");

        assertThat(PILKADA_2024.daysLeft(later, KOTA_JAMBI)).isEqualTo(-2);
        assertThat(PILKADA_2024.label(later, KOTA_JAMBI)).isEqualTo("H+2");
    }

    @Test
    void daysCountInTheRegionsOwnDate() {
        // 23:30 in Jakarta (WIB) is already 00:30 of the voting day in Kupang (WITA) and 01:30 in Jayapura (WIT)
        Instant lateEvening = Instant.parse("2024-11-26T16:30:00Z");

        assertThat(PILKADA_2024.label(lateEvening, KOTA_JAMBI)).isEqualTo("H-1");
        assertThat(PILKADA_2024.label(lateEvening, KOTA_KUPANG)).isEqualTo("H-0");
        assertThat(PILKADA_2024.label(lateEvening, KOTA_JAYAPURA)).isEqualTo("H-0");
    }

    @Test
    void theNationAndCodesTheTreeDoesNotKnowCountInJakarta() {
        Instant justBeforeMidnightInJakarta = Instant.parse("2024-11-26T16:59:59Z");

        assertThat(PILKADA_2024.label(justBeforeMidnightInJakarta, "")).isEqualTo("H-1");
        assertThat(PILKADA_2024.label(justBeforeMidnightInJakarta, "not a code")).isEqualTo("H-1");
        assertThat(PILKADA_2024.label(justBeforeMidnightInJakarta.plusSeconds(1), "")).isEqualTo("H-0");
    }

    @Test
    void aVotingDayNeedsADate() {
        assertThatThrownBy(() -> new VotingDay(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
