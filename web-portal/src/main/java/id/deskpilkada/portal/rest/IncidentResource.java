package id.deskpilkada.portal.rest;

import id.deskpilkada.security.application.IncidentView;
import id.deskpilkada.security.application.Incidents;
import id.deskpilkada.security.domain.IncidentReport;
import id.deskpilkada.security.domain.IncidentStatus;
import id.deskpilkada.security.domain.IncidentType;
import id.deskpilkada.security.domain.Severity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Incidents for pages, scripts and officers' phones. A field report carries a client request id: a retried
 * report answers 200 with the incident it created and {@code "applied": false}.
 */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    Incidents incidents;

    @GET
    @Operation(summary = "Incidents of the caller's jurisdiction, newest first; desk: only those now at that desk")
    public List<IncidentView> page(@QueryParam("region") @DefaultValue("") String region,
                                   @QueryParam("desk") String desk,
                                   @QueryParam("status") IncidentStatus status,
                                   @QueryParam("openOnly") @DefaultValue("false") boolean openOnly,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        return incidents.page(region, "-".equals(desk) ? "" : desk, status, openOnly, first, max);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Field report of an incident within the caller's jurisdiction (idempotent by"
            + " clientRequestId); 201 with the incident, 200 with applied=false for a retry")
    public Response report(ReportRequest request) {
        Incidents.FieldReport result = incidents.reportFromField(request.clientRequestId(),
                new IncidentReport(request.type(), request.severity(), request.title(), request.description(),
                        request.regionCode(), request.tpsNumber(), request.latitude(), request.longitude(),
                        request.occurredUtc()));
        Map<String, Object> body = Map.of("applied", result.applied(), "incident", result.incident());
        return result.applied()
                ? Response.created(URI.create("incidents/" + result.incident().id())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One incident with its timeline and attachments")
    public IncidentView one(@PathParam("id") UUID id) {
        return incidents.find(id);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify, handle, close or reject (with a note as reason) at the incident's desk;"
            + " 409 on a stale version")
    public IncidentView status(@PathParam("id") UUID id, StatusRequest request) {
        incidents.moveTo(id, request.expectedVersion(), request.status(), request.note());
        return incidents.find(id);
    }

    @POST
    @Path("{id}/escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Escalate to the parent region's desk")
    public IncidentView escalate(@PathParam("id") UUID id, StatusRequest request) {
        incidents.escalate(id, request.expectedVersion(), request.note());
        return incidents.find(id);
    }

    @POST
    @Path("{id}/attachments")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach a photo (JPEG, PNG) or a PDF; the kind is checked from the content, the size"
            + " against deskpilkada.incident.attachment-max-mb; the file name comes in X-File-Name")
    public Response attach(@PathParam("id") UUID id, @HeaderParam("X-File-Name") String fileName, byte[] content) {
        UUID attachment = incidents.attach(id, fileName, content);
        return Response.created(URI.create("incidents/" + id + "/attachments/" + attachment))
                .entity(Map.of("id", attachment)).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @Operation(summary = "An attachment's content, offered as a download")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachment") UUID attachmentId) {
        Incidents.AttachmentContent a = incidents.attachment(id, attachmentId);
        return Response.ok(a.content(), a.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + a.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A report from the field; times UTC (ISO local date-time). */
    public record ReportRequest(String clientRequestId, IncidentType type, Severity severity, String title,
                                String description, String regionCode, int tpsNumber, BigDecimal latitude,
                                BigDecimal longitude, LocalDateTime occurredUtc) {
    }

    /** A step of the workflow (or an escalation) with the version the caller saw. */
    public record StatusRequest(long expectedVersion, IncidentStatus status, String note) {
    }
}
