package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
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
 * Turns an {@link AccessDeniedException} from a page — however deeply Faces and EL wrapped it — into an
 * HTTP 403 with the small localized page {@value #FORBIDDEN_VIEW}, instead of a 500 with a stack trace.
 * A full request gets the 403 through the container's error page; an Ajax request is sent to the page
 * (which answers 403 itself). Every other exception goes on to the default handling.
 */
public class AccessDeniedExceptionHandler extends ExceptionHandlerWrapper {

    static final String FORBIDDEN_VIEW = "/error/forbidden.xhtml";
    private static final int MAX_CAUSES = 20;
    private static final Logger LOG = Logger.getLogger(AccessDeniedExceptionHandler.class.getName());

    public AccessDeniedExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Optional<AccessDeniedException> denied = accessDenied(event.getContext().getException());
            FacesContext faces = event.getContext().getContext();
            if (denied.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                forbid(faces, denied.get());
            }
        }
        getWrapped().handle();
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

    private static void forbid(FacesContext faces, AccessDeniedException denied) {
        ExternalContext external = faces.getExternalContext();
        LOG.info(() -> "Access denied to " + external.getRemoteUser() + " on " + external.getRequestServletPath()
                + ": " + denied.getMessage());
        try {
            external.responseReset();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                redirectAjax(external, external.getRequestContextPath() + FORBIDDEN_VIEW);
            } else {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
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
