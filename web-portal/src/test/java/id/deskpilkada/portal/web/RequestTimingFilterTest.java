package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTimingFilterTest {

    @Test
    void requestsAreTimedByKindNotByPath() {
        assertThat(RequestTimingFilter.kindOf("/api/desk/53.71")).isEqualTo("api");
        assertThat(RequestTimingFilter.kindOf("/desk/dashboard.xhtml")).isEqualTo("page");
        assertThat(RequestTimingFilter.kindOf("/")).isEqualTo("page");
        assertThat(RequestTimingFilter.kindOf("/jakarta.faces.resource/theme.css.xhtml")).isEqualTo("resource");
        assertThat(RequestTimingFilter.kindOf("/resources/css/portal.css")).isEqualTo("resource");
        assertThat(RequestTimingFilter.kindOf("/favicon.ico")).isEqualTo("other");
    }

    @Test
    void statusesAreCountedByClass() {
        assertThat(RequestTimingFilter.statusClass(200)).isEqualTo("2xx");
        assertThat(RequestTimingFilter.statusClass(302)).isEqualTo("3xx");
        assertThat(RequestTimingFilter.statusClass(503)).isEqualTo("5xx");
    }
}
