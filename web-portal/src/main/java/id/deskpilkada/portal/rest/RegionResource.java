package id.deskpilkada.portal.rest;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionImportReport;
import id.deskpilkada.platform.application.region.RegionImporter;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The region tree for every role, always within the caller's jurisdiction. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionDirectory directory;

    @Inject
    RegionImporter importer;

    @GET
    @Operation(summary = "Top of the caller's tree: the provinces, or the regions of a regional jurisdiction")
    public List<RegionSummary> roots() {
        return directory.roots();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One region; 403 outside the caller's jurisdiction")
    public RegionSummary one(@PathParam("code") String code) {
        return directory.find(code).orElseThrow(() -> new NotFoundException("No region " + code));
    }

    @GET
    @Path("{code}/children")
    @Operation(summary = "The regions directly under a region")
    public List<RegionSummary> children(@PathParam("code") String code) {
        return directory.children(code);
    }

    @GET
    @Path("{code}/path")
    @Operation(summary = "The region and its ancestors, province first")
    public List<RegionSummary> path(@PathParam("code") String code) {
        return directory.path(code);
    }

    @GET
    @Path("search")
    @Operation(summary = "Regions whose code starts with, or whose name contains, the text (at most 100)")
    public List<RegionSummary> search(@Parameter(description = "at least 2 characters") @QueryParam("q") String q,
                                      @QueryParam("max") Integer max) {
        return directory.search(q, max == null ? RegionDirectory.MAX_SEARCH : max);
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "ADMIN: import a complete Kemendagri region file (code,name,level,parent_code). A dry run"
            + " by default; with apply=true all of it or nothing. 422 with the report when the file has problems")
    public Response importFile(InputStream csv,
                               @Parameter(description = "write the changes (default: dry run only)")
                               @QueryParam("apply") @DefaultValue("false") boolean apply) {
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        RegionImportReport report = apply ? importer.apply(reader) : importer.dryRun(reader);
        return Response.status(report.applicable() ? 200 : 422).entity(report).build();
    }
}
