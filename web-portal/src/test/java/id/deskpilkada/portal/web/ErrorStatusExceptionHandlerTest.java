package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.AccessDeniedException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.event.AbortProcessingException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

class ErrorStatusExceptionHandlerTest {

    private final AccessDeniedException denied = new AccessDeniedException("Region 15.71 is outside your jurisdiction");

    @Test
    void findsTheDenialAsItIsThrown() {
        assertThat(ErrorStatusExceptionHandler.accessDenied(denied)).containsSame(denied);
    }

    @Test
    void findsTheDenialInsideFacesAndElWrappers() {
        Throwable wrapped = new FacesException(new ELException("/admin/users.xhtml @12 value=\"#{userList.rows}\"",
                new InvocationTargetException(new AbortProcessingException(denied))));

        assertThat(ErrorStatusExceptionHandler.accessDenied(wrapped)).containsSame(denied);
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(ErrorStatusExceptionHandler.accessDenied(new FacesException(new IllegalStateException("db down"))))
                .isEmpty();
        assertThat(ErrorStatusExceptionHandler.accessDenied(null)).isEmpty();
    }

    @Test
    void stopsOnACauseChainThatNeverEnds() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);

        assertThat(ErrorStatusExceptionHandler.accessDenied(second)).isEmpty();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAnsweredWithServiceUnavailable() {
        Throwable outage = new FacesException(new ELException("#{deskDashboardPage.figures}",
                new jakarta.persistence.PersistenceException(new java.sql.SQLException("Connection refused", "08001"))));

        assertThat(ErrorStatusExceptionHandler.statusFor(outage)).hasValueSatisfying(status -> {
            assertThat(status.status()).isEqualTo(503);
            assertThat(status.view()).isEqualTo("/error/unavailable.xhtml");
        });
    }

    @Test
    void aDenialIsAnsweredWithForbiddenAndOtherFailuresAreLeftToTheDefault() {
        assertThat(ErrorStatusExceptionHandler.statusFor(new FacesException(denied)))
                .hasValueSatisfying(status -> assertThat(status.status()).isEqualTo(403));
        assertThat(ErrorStatusExceptionHandler.statusFor(new FacesException(new IllegalStateException("bug"))))
                .isEmpty();
    }
}
