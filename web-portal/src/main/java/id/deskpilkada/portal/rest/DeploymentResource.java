package id.deskpilkada.portal.rest;

import id.deskpilkada.security.application.AssignmentDraft;
import id.deskpilkada.security.application.DeploymentPlanning;
import id.deskpilkada.security.application.PatternDraft;
import id.deskpilkada.security.application.PatternView;
import id.deskpilkada.security.application.Recomputation;
import id.deskpilkada.security.application.RegionDeployment;
import id.deskpilkada.security.application.Roster;
import id.deskpilkada.security.application.SprintOrder;
import id.deskpilkada.security.application.StaffingPatterns;
import id.deskpilkada.security.application.TeamAssignments;
import id.deskpilkada.security.application.UnitDraft;
import id.deskpilkada.security.application.UnitView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Security deployment for pages and scripts: the plan of a region against the roster, the computation that
 * announces gaps, staffing patterns, roster units, team assignments and sprint orders. Region "-" is the nation.
 */
@Path("deployment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentResource {

    @Inject
    DeploymentPlanning planning;

    @Inject
    StaffingPatterns patterns;

    @Inject
    Roster roster;

    @Inject
    TeamAssignments teams;

    @GET
    @Path("plan/{region}")
    @Operation(summary = "Personnel needed (active pattern; unclassified TPS as kurang rawan), available, standby,"
            + " assigned and gaps of a region ('-': the nation) and of the regions directly below it")
    public RegionDeployment plan(@PathParam("region") String region) {
        return planning.plan(region);
    }

    @POST
    @Path("plan/{region}/compute")
    @Operation(summary = "SECURITY/ADMIN: compute the plan and announce new or changed gaps of the Polres and Polda"
            + " regions at and under the region (DeploymentGapDetected)")
    public Recomputation compute(@PathParam("region") String region) {
        return planning.recompute(region);
    }

    @GET
    @Path("patterns")
    @Operation(summary = "Staffing patterns, the active one marked")
    public List<PatternView> patterns() {
        return patterns.all();
    }

    @POST
    @Path("patterns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "SECURITY/ADMIN of national jurisdiction: a new, inactive pattern (a rule per category)")
    public Response createPattern(PatternDraft draft) {
        UUID id = patterns.create(draft);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @PUT
    @Path("patterns/{id}/active")
    @Operation(summary = "SECURITY/ADMIN of national jurisdiction: make the pattern the active one")
    public PatternView activate(@PathParam("id") UUID id) {
        patterns.activate(id);
        return patterns.active();
    }

    @GET
    @Path("units")
    @Operation(summary = "Roster units of the caller's jurisdiction (narrowed to a region), by region and name")
    public List<UnitView> units(@QueryParam("region") @DefaultValue("") String region,
                                @QueryParam("first") @DefaultValue("0") int first,
                                @QueryParam("max") @DefaultValue("50") int max) {
        return roster.page(region, first, max);
    }

    @POST
    @Path("units")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "SECURITY/ADMIN: a roster unit (kind POLDA, POLRES, POLSEK, KODIM, KORAMIL or"
            + " SATPOL_PP_LINMAS at a region of its level); 201 with it")
    public Response createUnit(UnitDraft draft) {
        UUID id = roster.create(draft);
        return Response.status(Response.Status.CREATED).entity(roster.find(id)).build();
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "SECURITY/ADMIN: send a named team of a unit to a kecamatan or desa inside its region")
    public Response assign(AssignmentDraft draft) {
        UUID id = teams.assign(draft);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }

    @GET
    @Path("units/{id}/sprint")
    @Operation(summary = "The unit's sprint order: its teams with desa, kecamatan, TPS and personnel")
    public SprintOrder sprint(@PathParam("id") UUID id) {
        return teams.sprintOrder(id);
    }
}
