package id.deskpilkada.portal.rest;

import id.deskpilkada.desk.application.DeskDashboard;
import id.deskpilkada.desk.application.DeskReports;
import id.deskpilkada.desk.application.ElectionView;
import id.deskpilkada.desk.application.Elections;
import id.deskpilkada.desk.application.PrintedReport;
import id.deskpilkada.desk.application.RegionDesk;
import id.deskpilkada.desk.application.StageView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Desk Pilkada dashboard of a region, its PDF, and the elections' stages (tahapan). */
@Path("desk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Desk Pilkada", description = "Readiness dashboard from the desk's read model; elections and stages")
public class DeskResource {

    private static final String NATION = "-";

    @Inject
    DeskDashboard dashboard;

    @Inject
    DeskReports reports;

    @Inject
    Elections elections;

    @GET
    @Path("{region}")
    @Operation(summary = "The dashboard of a region ('-': Indonesia, national jurisdiction only): its figures, its"
            + " children's, the children needing attention first (score 0-100 with reasons), the election's"
            + " countdown and stages, meetings ahead, action items per agency, late shipments, latest figures")
    public RegionDesk dashboard(@PathParam("region") String region) {
        return dashboard.of(regionOf(region));
    }

    @GET
    @Path("{region}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The dashboard as a PDF for the weekly Desk Pilkada meeting (Bahasa Indonesia)")
    public Response report(@PathParam("region") String region) {
        PrintedReport report = reports.report(regionOf(region));
        return Response.ok(report.pdf()).header("Content-Disposition", "inline; filename=\"" + report.fileName()
                + "\"").build();
    }

    @GET
    @Path("elections")
    @Operation(summary = "ADMIN: every election with its stages, counted down from Jakarta")
    public List<ElectionView> elections() {
        return elections.all();
    }

    /** The day a stage was done, for the version of it the caller saw. */
    public record DoneRequest(long expectedVersion, LocalDate doneOn) {
    }

    @POST
    @Path("stages/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ADMIN of the election's regions: the stage was done on doneOn (not in the future);"
            + " 409 on a stale version")
    public StageView done(@PathParam("id") UUID id, DoneRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("A JSON body {expectedVersion, doneOn} is required");
        }
        return elections.markDone(id, request.expectedVersion(), request.doneOn());
    }

    @DELETE
    @Path("stages/{id}/done")
    @Operation(summary = "ADMIN of the election's regions: the stage is not done after all; 409 on a stale version")
    public StageView reopen(@PathParam("id") UUID id, @QueryParam("expectedVersion") long expectedVersion) {
        return elections.reopen(id, expectedVersion);
    }

    /** A stage's new name and planned end (null: none). */
    public record PlanRequest(long expectedVersion, String name, LocalDate plannedEnd) {
    }

    @PUT
    @Path("stages/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "ADMIN of the election's regions: rename a stage or move its planned end; 409 on a stale"
            + " version")
    public StageView plan(@PathParam("id") UUID id, PlanRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("A JSON body {expectedVersion, name, plannedEnd} is required");
        }
        return elections.plan(id, request.expectedVersion(), request.name(), request.plannedEnd());
    }

    private static String regionOf(String parameter) {
        return NATION.equals(parameter) ? "" : parameter;
    }
}
