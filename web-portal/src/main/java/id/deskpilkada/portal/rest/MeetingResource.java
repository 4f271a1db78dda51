package id.deskpilkada.portal.rest;

import id.deskpilkada.meeting.application.ActionItems;
import id.deskpilkada.meeting.application.MeetingDocuments;
import id.deskpilkada.meeting.application.MeetingQueries;
import id.deskpilkada.meeting.application.MeetingSummary;
import id.deskpilkada.meeting.application.MeetingView;
import id.deskpilkada.meeting.application.ReportedFigure;
import id.deskpilkada.meeting.domain.MeetingType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Meetings of the caller's jurisdiction, their notula PDF and calendar invitation. */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingQueries queries;

    @Inject
    MeetingDocuments documents;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ActionItems actionItems;

    @GET
    @Operation(summary = "Meetings, newest first; text searches titles and minutes; dates are local (yyyy-MM-dd)")
    public List<MeetingSummary> page(@QueryParam("region") @DefaultValue("") String region,
                                     @QueryParam("q") String text, @QueryParam("from") LocalDate from,
                                     @QueryParam("to") LocalDate to, @QueryParam("type") MeetingType type,
                                     @QueryParam("agency") UUID agency,
                                     @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("max") @DefaultValue("50") int max) {
        return queries.page(region, text, from, to, type, agency, first, max);
    }

    @GET
    @Path("figures")
    @Operation(summary = "A reported indicator over time (e.g. 'logistik siap'), by default from approved minutes only")
    public List<ReportedFigure> figures(@QueryParam("region") @DefaultValue("") String region,
                                        @QueryParam("indicator") String indicator,
                                        @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                        @QueryParam("approvedOnly") @DefaultValue("true") boolean approvedOnly) {
        return queries.figures(region, indicator, from, to, approvedOnly);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting with participants, agenda, minutes, reports, decisions and action items")
    public MeetingView one(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @GET
    @Path("{id}/notula.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The notula as PDF, with a verification QR code on every page")
    public Response notula(@PathParam("id") UUID id) {
        return Response.ok(documents.notula(id, publicUrl.get()))
                .header("Content-Disposition", "inline; filename=\"notula-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/invitation.ics")
    @Produces("text/calendar")
    @Operation(summary = "The meeting (or its weekly series) as an iCalendar invitation")
    public Response invitation(@PathParam("id") UUID id) {
        return Response.ok(documents.invitation(id, publicUrl.get()))
                .header("Content-Disposition", "attachment; filename=\"rapat-" + id + ".ics\"").build();
    }

    @POST
    @Path("action-items/overdue-check")
    @Operation(summary = "Runs the hourly overdue check of action items now (national ADMIN): {\"marked\": n}")
    public Map<String, Integer> checkOverdueNow() {
        return Map.of("marked", actionItems.checkOverdueNow());
    }
}
