package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.agency.AgencyFilter;
import id.deskpilkada.platform.application.agency.AgencyService;
import id.deskpilkada.platform.application.agency.AgencySummary;
import id.deskpilkada.platform.application.agency.ContactSummary;
import id.deskpilkada.platform.domain.agency.AgencyType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agencies and their contact persons, read-only, within the caller's jurisdiction; the service checks
 * role and scope. Changes are made in the portal.
 */
@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Instansi: Forkopimda partners and election bodies as units at a region")
public class AgencyResource {

    /** One page of agencies and how many match in all. */
    public record AgencyPage(long total, int first, int max, List<AgencySummary> items) {
    }

    /** An agency with its contact persons, active and inactive. */
    public record AgencyDetails(AgencySummary agency, List<ContactSummary> contacts) {
    }

    @Inject
    AgencyService agencies;

    @GET
    @Operation(summary = "Agencies in the caller's jurisdiction, a page at a time",
            description = "Ordered by region code, then name. Only active agencies unless includeInactive.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(schema = @Schema(implementation = AgencyPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid (region code, type, page)",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "403", description = "Not logged in with a portal role",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetails.class)))
    public AgencyPage list(
            @Parameter(description = "Region code: agencies at it and below it, e.g. 53.71 (Kota Kupang)")
            @QueryParam("prefix") String prefix,
            @Parameter(description = "Agency type, e.g. POLRES, KPU, SATPOL_PP_LINMAS")
            @QueryParam("type") String type,
            @Parameter(description = "Part of the name; case and spacing are ignored")
            @QueryParam("text") String text,
            @Parameter(description = "Also list deactivated agencies")
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
            @Parameter(description = "Index of the first agency, from 0")
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "Page size, 1 to " + AgencyService.MAX_PAGE)
            @QueryParam("max") @DefaultValue("50") int max) {
        AgencyFilter filter = new AgencyFilter(prefix, type == null || type.isBlank() ? null : AgencyType.parse(type),
                text, includeInactive);
        return new AgencyPage(agencies.count(filter), first, max, agencies.page(filter, first, max));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agency with its contact persons")
    @APIResponse(responseCode = "200", description = "The agency",
            content = @Content(schema = @Schema(implementation = AgencyDetails.class)))
    @APIResponse(responseCode = "403", description = "The agency lies outside the caller's jurisdiction",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetails.class)))
    @APIResponse(responseCode = "404", description = "No agency has this id",
            content = @Content(mediaType = ProblemDetails.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDetails.class)))
    public AgencyDetails find(@Parameter(description = "The agency's id (UUID)") @PathParam("id") UUID id) {
        AgencySummary agency = agencies.find(id).orElseThrow(() -> new NotFoundException("No agency has the id " + id));
        return new AgencyDetails(agency, agencies.contacts(id, true));
    }
}
