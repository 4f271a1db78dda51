package id.deskpilkada.meeting.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotulaXhtmlTest {

    @Test
    void agendaItemsAreNumberedInRomanNumerals() {
        assertThat(NotulaXhtml.roman(1)).isEqualTo("I");
        assertThat(NotulaXhtml.roman(4)).isEqualTo("IV");
        assertThat(NotulaXhtml.roman(14)).isEqualTo("XIV");
        assertThat(NotulaXhtml.roman(49)).isEqualTo("XLIX");
        assertThat(NotulaXhtml.roman(2024)).isEqualTo("MMXXIV");
        assertThat(NotulaXhtml.roman(0)).isEqualTo("0");
    }
}
