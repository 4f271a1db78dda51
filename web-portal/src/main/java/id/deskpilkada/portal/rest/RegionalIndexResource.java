package id.deskpilkada.portal.rest;

import id.deskpilkada.security.application.IndexNodeView;
import id.deskpilkada.security.application.RegionIndexView;
import id.deskpilkada.security.application.RegionalIndex;
import id.deskpilkada.security.domain.IndexLevel;
import id.deskpilkada.security.domain.IndexResult;
import id.deskpilkada.security.domain.IndexTier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regional vulnerability index (IKP) of provinces and kab/kota within the caller's jurisdiction. */
@Path("ikp")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "IKP", description = "Regional vulnerability index")
public class RegionalIndexResource {

    @Inject
    RegionalIndex index;

    /** One page of the ranking with the count per level of the whole list. */
    public record RankingPage(long total, Map<IndexLevel, Long> levels, int first, int max, List<IndexResult> items) {
    }

    @GET
    @Path("ranking")
    @Operation(summary = "Kab/kota or provinces of the caller's jurisdiction by level (tinggi first), then score")
    public RankingPage ranking(@Parameter(description = "KABKOTA or PROVINSI") @QueryParam("tier")
                               @DefaultValue("KABKOTA") IndexTier tier,
                               @Parameter(description = "narrow to a region, e.g. 53") @QueryParam("region")
                               @DefaultValue("") String region,
                               @QueryParam("first") @DefaultValue("0") int first,
                               @QueryParam("max") @DefaultValue("50") int max) {
        Map<IndexLevel, Long> levels = index.levels(tier, region);
        long total = levels.values().stream().mapToLong(Long::longValue).sum();
        return new RankingPage(total, levels, first, Math.min(max, RegionalIndex.MAX_PAGE),
                index.ranking(tier, region, first, max));
    }

    @GET
    @Path("model")
    @Operation(summary = "The index model in tree order: dimensions, sub-dimensions, indicators with weights")
    public List<IndexNodeView> model() {
        return index.model();
    }

    @GET
    @Path("{region}")
    @Operation(summary = "The scores and the result of a province or kab/kota")
    public RegionIndexView assessment(@PathParam("region") String region) {
        return index.assessment(region);
    }

    /** Indicator code → score 0–100; null clears an indicator's score. */
    public record ScoresRequest(Map<String, BigDecimal> scores) {
    }

    @PUT
    @Path("{region}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter indicator scores for a province or kab/kota (SECURITY, ADMIN); the index is computed"
            + " and stored; answers the assessment")
    public RegionIndexView enterScores(@PathParam("region") String region, ScoresRequest request) {
        if (request == null || request.scores() == null) {
            throw new IllegalArgumentException("A JSON body with scores is required");
        }
        return index.enterScores(region, request.scores());
    }
}
