package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.DatabaseOutage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Turns the failures users should be told about plainly — however deeply Faces and EL wrapped them — into an
 * HTTP status with a small localized page instead of a 500 with a stack trace: an {@link AccessDeniedException}
 * into 403 ({@value #FORBIDDEN_VIEW}), a database that cannot be reached ({@link DatabaseOutage}) into 503
 * ({@value #UNAVAILABLE_VIEW}, with Retry-After), so that users know to try again in a moment and that what they
 * entered was not refused. A full request gets the status through the container's error page; an Ajax request is
 * sent to the page (which answers with the status itself). Every other exception goes on to the default handling.
 */
public class ErrorStatusExceptionHandler extends ExceptionHandlerWrapper {

    static final String FORBIDDEN_VIEW = "/error/forbidden.xhtml";
    static final String UNAVAILABLE_VIEW = "/error/unavailable.xhtml";
    private static final int MAX_CAUSES = 20;
    private static final Logger LOG = Logger.getLogger(ErrorStatusExceptionHandler.class.getName());

    /** The status a failure is answered with, and the page an Ajax request is sent to. */
    record ErrorStatus(int status, String view, String reason) {
    }

    public ErrorStatusExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Optional<ErrorStatus> status = statusFor(event.getContext().getException());
            FacesContext faces = event.getContext().getContext();
            if (status.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                answer(faces, status.get());
            }
        }
        getWrapped().handle();
    }

    static Optional<ErrorStatus> statusFor(Throwable error) {
        Optional<AccessDeniedException> denied = accessDenied(error);
        if (denied.isPresent()) {
            return Optional.of(new ErrorStatus(HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_VIEW,
                    "Access denied: " + denied.get().getMessage()));
        }
        if (DatabaseOutage.causedBy(error)) {
            return Optional.of(new ErrorStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNAVAILABLE_VIEW,
                    "Database unavailable: " + error));
        }
        return Optional.empty();
    }

    /** The access denial somewhere in the cause chain (FacesException, ELException, EJBException …). */
    static Optional<AccessDeniedException> accessDenied(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof AccessDeniedException denied) {
                return Optional.of(denied);
            }
            cause = cause.getCause();
        }
        return Optional.empty();
    }

    private static void answer(FacesContext faces, ErrorStatus status) {
        ExternalContext external = faces.getExternalContext();
        LOG.info(() -> status.reason() + " (" + external.getRemoteUser() + " on " + external.getRequestServletPath()
                + ")");
        try {
            external.responseReset();
            if (status.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                external.setResponseHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
            }
            if (faces.getPartialViewContext().isAjaxRequest()) {
                redirectAjax(external, external.getRequestContextPath() + status.view());
            } else {
                external.responseSendError(status.status(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * Written by hand rather than through {@link ExternalContext#redirect}: during the render phase the
     * partial response writer has already begun a document, and a second one would not parse.
     */
    private static void redirectAjax(ExternalContext external, String url) throws IOException {
        external.setResponseContentType("text/xml");
        external.setResponseCharacterEncoding("UTF-8");
        external.addResponseHeader("Cache-Control", "no-cache");
        external.getResponseOutputWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<partial-response><redirect url=\"" + url.replace("&", "&amp;").replace("\"", "&quot;")
                + "\"></redirect></partial-response>");
    }
}
