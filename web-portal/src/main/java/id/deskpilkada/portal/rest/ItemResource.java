package id.deskpilkada.portal.rest;

import id.deskpilkada.logistics.application.CatalogueChange;
import id.deskpilkada.logistics.application.CatalogueItem;
import id.deskpilkada.logistics.application.ElectionSetting;
import id.deskpilkada.logistics.application.ItemCatalogue;
import id.deskpilkada.logistics.domain.ItemSpec;
import id.deskpilkada.logistics.domain.NeedChanges;
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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The kit catalogue and the elections held per region for scripts. Changes answer what re-checking the TPS
 * kits did; refused input is a 400 problem, a stale {@code expectedVersion} a 409, a caller without a national
 * jurisdiction (items) or outside the region (elections) a 403.
 */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    /** The nation in a path, where an empty segment cannot stand. */
    private static final String NATION = "-";

    @Inject
    ItemCatalogue catalogue;

    @GET
    @Operation(summary = "Every kit item with its need formula, retired ones too, in catalogue order")
    public List<CatalogueItem> items() {
        return catalogue.items();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item (no expectedVersion; 201) or change, retire or reinstate one (expectedVersion;"
            + " 200) — national LOGISTICS or ADMIN; re-checks the TPS kits and rebuilds readiness")
    public Response put(@PathParam("code") String code, ItemRequest request) {
        ItemSpec spec = required(request).spec(code);
        if (request.expectedVersion() == null) {
            return Response.status(Response.Status.CREATED).entity(catalogue.add(spec)).build();
        }
        CatalogueChange change = catalogue.change(spec.code(), request.expectedVersion(), spec, request.active());
        return Response.ok(change).build();
    }

    @POST
    @Path("{code}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the same PUT would do to the TPS needs: per item before, after and TPS changed, per"
            + " region below (region: '' or absent for the nation with a row per province)")
    public NeedChanges preview(@PathParam("code") String code, @QueryParam("region") @DefaultValue("") String region,
                               ItemRequest request) {
        ItemSpec spec = required(request).spec(code);
        return request.expectedVersion() == null ? catalogue.previewAdd(spec, region)
                : catalogue.previewChange(spec, request.active(), region);
    }

    @GET
    @Path("elections")
    @Operation(summary = "Elections held per region as set: the caller's jurisdiction and the regions above it")
    public List<ElectionSetting> elections() {
        return catalogue.elections();
    }

    @PUT
    @Path("elections/{region}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the elections held in the nation ('-'), a province or a kab/kota; null elections"
            + " removes the region's own setting — LOGISTICS or ADMIN within their jurisdiction")
    public CatalogueChange setElections(@PathParam("region") String region, ElectionsRequest request) {
        return catalogue.setElections(regionOf(region), required(request).elections());
    }

    @POST
    @Path("elections/{region}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What the same PUT would do to the TPS needs under the region")
    public NeedChanges previewElections(@PathParam("region") String region, ElectionsRequest request) {
        return catalogue.previewElections(regionOf(region), required(request).elections());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new IllegalArgumentException("A JSON body is required");
        }
        return body;
    }

    private static String regionOf(String pathSegment) {
        return NATION.equals(pathSegment) ? "" : pathSegment;
    }

    /**
     * An item's name, unit and formula; {@code active} false retires it (default true). Without
     * {@code expectedVersion} the item is new (and active).
     */
    public record ItemRequest(String name, String unit, int perTps, BigDecimal perVoter, BigDecimal reservePercent,
                              boolean perElection, Boolean active, Long expectedVersion) {

        ItemSpec spec(String code) {
            return new ItemSpec(code, name, unit, perTps, perVoter, reservePercent, perElection);
        }

        @Override
        public Boolean active() {
            return active == null || active;
        }
    }

    /** Elections held; null to inherit from the region above. */
    public record ElectionsRequest(Integer elections) {
    }
}
