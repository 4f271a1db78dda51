package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.AccessDeniedException;
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
    public Response toResponse(Throwable error) {
        int status;
        String detail;
        if (error instanceof WebApplicationException web) {
            status = web.getResponse().getStatus();
            detail = error.getMessage();
        } else if (error instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN.getStatusCode();
            detail = error.getMessage();
        } else if (error instanceof IllegalArgumentException) {
            status = Response.Status.BAD_REQUEST.getStatusCode();
            detail = error.getMessage();
        } else {
            status = Response.Status.INTERNAL_SERVER_ERROR.getStatusCode();
            detail = "Unexpected error; it has been logged.";
            LOG.log(Level.SEVERE, "REST request failed", error);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        ProblemDetails problem = new ProblemDetails("about:blank", type == null ? "Error" : type.getReasonPhrase(),
                status, detail, uri == null ? null : uri.getRequestUri().getPath());
        return Response.status(status).type(ProblemDetails.MEDIA_TYPE).entity(problem).build();
    }
}
