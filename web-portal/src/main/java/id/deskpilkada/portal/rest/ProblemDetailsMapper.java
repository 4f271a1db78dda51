package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.DatabaseOutage;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception of the REST API into an RFC 9457 problem; internals never leak to the client. */
@Provider
public class ProblemDetailsMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemDetailsMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable error = known(thrown);
        int status;
        String detail;
        if (error instanceof jakarta.persistence.OptimisticLockException) {
            status = Response.Status.CONFLICT.getStatusCode();
            detail = error.getMessage() == null ? "Changed by somebody else in the meantime; reload and retry"
                    : error.getMessage();
        } else if (error instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            detail = error.getMessage();
        } else if (error instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN.getStatusCode();
            detail = error.getMessage();
        } else if (error instanceof IllegalArgumentException) {
            status = Response.Status.BAD_REQUEST.getStatusCode();
            detail = error.getMessage();
        } else if (DatabaseOutage.causedBy(thrown)) {
            status = Response.Status.SERVICE_UNAVAILABLE.getStatusCode();
            detail = "The database cannot be reached at the moment; nothing of this request was saved. Retry it in a"
                    + " moment (field reports and status changes with the same clientRequestId are applied once).";
            LOG.warning(() -> "REST request while the database is unavailable: " + thrown);
        } else {
            status = Response.Status.INTERNAL_SERVER_ERROR.getStatusCode();
            detail = "Unexpected error; it has been logged.";
            LOG.log(Level.SEVERE, "REST request failed", thrown);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        ProblemDetails problem = new ProblemDetails("about:blank", type == null ? "Error" : type.getReasonPhrase(),
                status, detail, uri == null ? null : uri.getRequestUri().getPath());
        Response.ResponseBuilder response = Response.status(status).type(ProblemDetails.MEDIA_TYPE).entity(problem);
        if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** The exception that says what went wrong, under the transaction wrappers a service call may add. */
    private static Throwable known(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof WebApplicationException
                    || t instanceof AccessDeniedException || t instanceof IllegalArgumentException) {
                return t;
            }
        }
        return thrown;
    }
}
