package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A caller's correlation id is kept when it is a sane token; anything else is replaced by a new one. */
class CorrelationFilterTest {

    @Test
    void saneIdsAreKeptOthersReplaced() {
        assertThat(CorrelationFilter.correlationOf("kpu-kupang:2024-11-25.0042")).isEqualTo("kpu-kupang:2024-11-25.0042");
        for (String bad : new String[] {null, "", "with space", "line\nbreak", "x".repeat(101), "{\"json\":1}"}) {
            assertThat(CorrelationFilter.correlationOf(bad)).as(String.valueOf(bad)).hasSize(36).isNotEqualTo(bad);
        }
    }
}
