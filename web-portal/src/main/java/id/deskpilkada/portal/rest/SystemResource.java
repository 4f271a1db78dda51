package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.EventBackboneOverview;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator view of the event backbone, for administrators. */
@Path("system")
@RequestScoped
public class SystemResource {

    @Inject
    EventBackboneOverview overview;

    @Inject
    Access access;

    @GET
    @Path("events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Event backbone status: broker, outbox backlog, dead letters, consuming modules")
    public EventBackboneOverview.Snapshot events() {
        access.requireAnyRole(Role.ADMIN);
        return overview.snapshot();
    }
}
