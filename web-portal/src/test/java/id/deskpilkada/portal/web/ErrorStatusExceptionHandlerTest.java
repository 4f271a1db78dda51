package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.AccessDeniedException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.event.AbortProcessingException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

class AccessDeniedExceptionHandlerTest {

    private final AccessDeniedException denied = new AccessDeniedException("Region 15.71 is outside your jurisdiction");

    @Test
    void findsTheDenialAsItIsThrown() {
        assertThat(AccessDeniedExceptionHandler.accessDenied(denied)).containsSame(denied);
    }

    @Test
    void findsTheDenialInsideFacesAndElWrappers() {
        Throwable wrapped = new FacesException(new ELException("/admin/users.xhtml @12 value=\"#{userList.rows}\"",
                new InvocationTargetException(new AbortProcessingException(denied))));

        assertThat(AccessDeniedExceptionHandler.accessDenied(wrapped)).containsSame(denied);
    }

    @Test
    void leavesOtherFailuresAlone() {
        assertThat(AccessDeniedExceptionHandler.accessDenied(new FacesException(new IllegalStateException("db down"))))
                .isEmpty();
        assertThat(AccessDeniedExceptionHandler.accessDenied(null)).isEmpty();
    }

    @Test
    void stopsOnACauseChainThatNeverEnds() {
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);

        assertThat(AccessDeniedExceptionHandler.accessDenied(second)).isEmpty();
    }
}
