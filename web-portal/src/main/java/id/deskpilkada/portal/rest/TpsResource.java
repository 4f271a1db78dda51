package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.tps.RegionTotals;
import id.deskpilkada.platform.application.tps.TpsFilter;
import id.deskpilkada.platform.application.tps.TpsInput;
import id.deskpilkada.platform.application.tps.TpsService;
import id.deskpilkada.platform.application.tps.TpsTotals;
import id.deskpilkada.platform.application.tps.TpsView;
import id.deskpilkada.platform.domain.tps.InvalidTpsException;
import id.deskpilkada.platform.domain.tps.TpsProblem;
import id.deskpilkada.platform.domain.tps.TpsRules;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * TPS (polling stations) within the caller's jurisdiction: every role reads, ADMIN writes. A TPS is addressed
 * by its village code and number ({@code /api/tps/53.71.01.1001/7}); errors are RFC 9457 problem details.
 */
@Path("tps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "TPS", description = "Polling stations under desa/kelurahan")
public class TpsResource {

    /** One page of a TPS list with the size of the whole list. */
    public record TpsPage(long total, long voters, int first, int max, List<TpsView> items) {
    }

    @Inject
    TpsService service;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "One page of the TPS under a region code, in the caller's jurisdiction, by village and number")
    @APIResponse(responseCode = "200", description = "The page, with the total count and voters of the list")
    @APIResponse(responseCode = "400", description = "A prefix that is no region code or a bad page")
    public TpsPage list(
            @Parameter(description = "Region code of any level, e.g. 53.71; empty for all") @QueryParam("prefix")
            String prefix,
            @Parameter(description = "AKTIF or DIHAPUS; empty for both") @QueryParam("status") String status,
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "Page size, at most " + TpsService.MAX_PAGE) @QueryParam("max")
            @DefaultValue("50") int max) {
        TpsFilter filter = new TpsFilter(prefix, null, status(status), null, null, null);
        List<TpsView> items = service.page(filter, first, max);
        TpsTotals totals = service.totals(filter);
        return new TpsPage(totals.tps(), totals.voters(), first, Math.min(max, TpsService.MAX_PAGE), items);
    }

    /** Totals of a region and of each of its children. */
    public record TpsRegionTotals(String regionCode, long tps, long voters, List<RegionTotals> children) {
    }

    @GET
    @Path("totals")
    @Operation(summary = "Active TPS and voters under a region code and per child region, in the caller's"
            + " jurisdiction")
    @APIResponse(responseCode = "400", description = "A prefix that is no region code, or a desa/kelurahan")
    public TpsRegionTotals totals(
            @Parameter(description = "Region code above desa/kelurahan level, e.g. 53; empty for the country")
            @QueryParam("prefix") String prefix) {
        List<RegionTotals> children = service.totalsByChild(prefix);
        TpsTotals total = service.totals(TpsFilter.activeUnder(prefix));
        return new TpsRegionTotals(prefix == null ? "" : prefix.strip(), total.tps(), total.voters(), children);
    }

    @GET
    @Path("{village}/{number}")
    @Operation(summary = "One TPS, removed (DIHAPUS) ones included")
    @APIResponse(responseCode = "404", description = "No such TPS")
    @APIResponse(responseCode = "403", description = "The village lies outside the caller's jurisdiction")
    public TpsView find(@PathParam("village") String village, @PathParam("number") int number) {
        return service.find(village, number).orElseThrow(() -> notFound(village, number));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a TPS (ADMIN); a removed TPS of the same village and number comes back")
    @APIResponse(responseCode = "201", description = "Created; Location names the TPS")
    @APIResponse(responseCode = "400", description = "A rule is broken: unknown village, number, voters, point")
    @APIResponse(responseCode = "409", description = "The village already has an active TPS of that number")
    public Response create(TpsInput input) {
        TpsView created;
        try {
            created = service.create(requireBody(input));
        } catch (InvalidTpsException e) {
            throw e.kind() == TpsProblem.Kind.DUPLICATE_NUMBER
                    ? new ClientErrorException(e.getMessage(), Response.Status.CONFLICT) : e;
        }
        return Response.created(uri.getBaseUriBuilder().path(TpsResource.class)
                        .path(created.villageCode()).path(Integer.toString(created.number())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{village}/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a TPS's voters, address and point (ADMIN); village and number stay")
    @APIResponse(responseCode = "404", description = "No such TPS")
    @APIResponse(responseCode = "400", description = "A rule is broken, or the body names another TPS")
    public TpsView update(@PathParam("village") String village, @PathParam("number") int number, TpsInput input) {
        return service.update(village, number, requireBody(input)).orElseThrow(() -> notFound(village, number));
    }

    @DELETE
    @Path("{village}/{number}")
    @Operation(summary = "Remove a TPS (ADMIN): it stays, marked DIHAPUS")
    @APIResponse(responseCode = "204", description = "Removed (or already removed)")
    @APIResponse(responseCode = "404", description = "No such TPS")
    public Response remove(@PathParam("village") String village, @PathParam("number") int number) {
        service.remove(village, number).orElseThrow(() -> notFound(village, number));
        return Response.noContent().build();
    }

    private static TpsStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TpsStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be AKTIF or DIHAPUS: " + text);
        }
    }

    private static TpsInput requireBody(TpsInput input) {
        if (input == null) {
            throw new IllegalArgumentException("A JSON body with the TPS is required");
        }
        return input;
    }

    private static NotFoundException notFound(String village, int number) {
        return new NotFoundException("No TPS " + village + "/" + TpsRules.label(number));
    }
}
