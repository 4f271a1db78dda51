package id.deskpilkada.portal.rest;

import id.deskpilkada.logistics.application.FieldUpdates;
import id.deskpilkada.logistics.application.KitReadiness;
import id.deskpilkada.logistics.application.PrintedDocument;
import id.deskpilkada.logistics.application.ShipmentDocuments;
import id.deskpilkada.logistics.application.ShipmentImportReport;
import id.deskpilkada.logistics.application.ShipmentPlanImport;
import id.deskpilkada.logistics.application.NodeStocks;
import id.deskpilkada.logistics.application.ShipmentService;
import id.deskpilkada.logistics.application.ShipmentView;
import id.deskpilkada.logistics.application.StockDamages;
import id.deskpilkada.logistics.domain.ItemCount;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.NodeStock;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.logistics.domain.ShipmentStatus;
import id.deskpilkada.logistics.domain.StockDamage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Shipments for pages, scripts and officers' phones. Status changes and receipts carry a client request id:
 * a retried request is answered 200 with {@code "applied": false} and has no second effect.
 */
@Path("shipments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    /** What a shipment number may keep in a file name: no quotes, slashes or spaces for the header to trip on. */
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]+");

    @Inject
    ShipmentService shipments;

    @Inject
    FieldUpdates field;

    @Inject
    KitReadiness readiness;

    @Inject
    ShipmentDocuments documents;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ShipmentPlanImport plans;

    @Context
    UriInfo uri;

    @Inject
    NodeStocks stocks;

    @Inject
    StockDamages damages;

    @GET
    @Operation(summary = "Shipments of the caller's jurisdiction by ETA; lateOnly: past ETA and not received")
    public List<ShipmentView> page(@QueryParam("region") @DefaultValue("") String region,
                                   @QueryParam("status") ShipmentStatus status,
                                   @QueryParam("lateOnly") @DefaultValue("false") boolean lateOnly,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("50") int max) {
        return shipments.page(region, status, lateOnly, first, max);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a shipment down the chain (LOGISTICS, within the sender's region); 201 with it")
    public Response plan(PlanRequest request) {
        UUID id = shipments.plan(new ShipmentPlan(request.number(), request.from().node(), request.to().node(),
                request.items(), request.seals(), request.vehicle(), request.driver(), request.escortNeeded(),
                request.departureUtc(), request.etaUtc()), request.replacesId());
        return Response.status(Response.Status.CREATED).entity(shipments.find(id)).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "LOGISTICS: import shipment plans from CSV (one row per line, rows of one number form a"
            + " shipment; see the README). A dry run by default; with apply=true all of it or nothing. 422 problem"
            + " details with every row problem when the file has problems")
    public Response importPlans(InputStream csv,
                                @Parameter(description = "create the shipments (default: dry run only)")
                                @QueryParam("apply") @DefaultValue("false") boolean apply) {
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
        ShipmentImportReport report = apply ? plans.apply(reader) : plans.dryRun(reader);
        if (report.applicable()) {
            return Response.ok(report).build();
        }
        return Response.status(FileProblemDetails.UNPROCESSABLE).type(ProblemDetails.MEDIA_TYPE)
                .entity(new FileProblemDetails("about:blank", "Unprocessable Content",
                        FileProblemDetails.UNPROCESSABLE, report.problems().size()
                        + " problem(s) in the file; nothing was created", uri.getRequestUri().getPath(),
                        report.problems().stream().map(p -> new FileProblemDetails.RowProblem(p.rowNumber(),
                                p.shipmentNumber(), p.code(), p.message())).toList()))
                .build();
    }

    @GET
    @Path("stock")
    @Operation(summary = "Stock at a node of the chain per item: received (usable), sent, planned outgoing and on"
            + " hand; kind GUDANG (kab/kota code), PPK (kecamatan), PPS (desa) or TPS (desa and tps)")
    public NodeStock stock(@QueryParam("kind") NodeKind kind, @QueryParam("region") String region,
                           @QueryParam("tps") @DefaultValue("0") int tps) {
        return stocks.of(kind, region, tps);
    }

    @POST
    @Path("stock/damage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "LOGISTICS or ADMIN within the TPS's desa: record damage of material already received at"
            + " an active TPS (items: item code → whole quantity of at least 1, no more than on hand; reason BANJIR,"
            + " LONGSOR, CUACA, KENDARAAN, KEAMANAN or LAINNYA; note up to 500 characters). Lowers the TPS's usable"
            + " stock and readiness; answers the TPS's stock afterwards. 400 for a broken rule, 403 outside scope")
    public NodeStock damage(DamageRequest request) {
        if (request == null) {
            throw new BadRequestException("A damage report is required");
        }
        return damages.record(StockDamage.of(request.villageCode(), request.tpsNumber(), request.items(),
                request.reason(), request.note()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One shipment with its items, receipt counts and status history")
    public ShipmentView one(@PathParam("id") UUID id) {
        return shipments.find(id);
    }

    @GET
    @Path("{id}/berita-acara.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The berita acara serah terima as PDF (DRAF until received), the shipment's QR code on"
            + " every page")
    public Response beritaAcara(@PathParam("id") UUID id) {
        return pdf(documents.beritaAcara(id, publicUrl.get()), "berita-acara-", id);
    }

    @GET
    @Path("{id}/labels.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Labels for the packed boxes as PDF: one per seal, eight to an A4 sheet, each with a QR"
            + " code 'DPL1|number|box/boxes|seal'")
    public Response labels(@PathParam("id") UUID id) {
        return pdf(documents.boxLabels(id), "label-kotak-", id);
    }

    /** Inline, so the browser shows it ready to print; named after the shipment number, tamed for a file name. */
    private static Response pdf(PrintedDocument document, String prefix, UUID id) {
        String name = SAFE_FILE_NAME.matcher(document.shipmentNumber()).replaceAll("-");
        return Response.ok(document.pdf()).header("Content-Disposition", "inline; filename=\"" + prefix
                + (name.isEmpty() ? id.toString() : name.substring(0, Math.min(name.length(), 60))) + ".pdf\"")
                .build();
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Field update: a status change (idempotent by clientRequestId; 409 on a stale version)")
    public Response status(@PathParam("id") UUID id, StatusRequest request) {
        boolean applied = field.changeStatus(request.clientRequestId(), id, request.expectedVersion(),
                request.status(), request.reason(), request.note());
        return Response.ok(Map.of("applied", applied, "shipment", shipments.find(id))).build();
    }

    @POST
    @Path("{id}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Field update: the receipt counts per item (idempotent by clientRequestId)")
    public Response receipt(@PathParam("id") UUID id, ReceiptRequest request) {
        Map<String, ItemCount> counts = request.items() == null ? Map.of() : request.items().stream()
                .collect(Collectors.toMap(ReceiptLine::itemCode,
                        l -> new ItemCount(l.counted(), l.damagedLight(), l.damagedHeavy())));
        boolean applied = field.receive(request.clientRequestId(), id, request.expectedVersion(), counts);
        return Response.ok(Map.of("applied", applied, "shipment", shipments.find(id))).build();
    }

    @GET
    @Path("readiness/{region}")
    @Operation(summary = "Readiness of a region (national: '-'), per item of the kit (items: TPS whose usable"
            + " stock covers their need, percent rounded down), and of the regions directly below it")
    public KitReadiness.RegionReadiness readiness(@PathParam("region") String region) {
        return readiness.of("-".equals(region) ? "" : region);
    }

    @POST
    @Path("readiness/rebuild")
    @Operation(summary = "ADMIN: rebuild the readiness read model from the TPS list and the TPS with a full kit"
            + " (after bulk loads); answers the national readiness")
    public KitReadiness.RegionReadiness rebuildReadiness() {
        readiness.rebuild();
        return readiness.of("");
    }

    /** A shipment to plan; times in UTC (ISO local date-time). */
    public record PlanRequest(String number, NodeRef from, NodeRef to, Map<String, Integer> items, String seals,
                              String vehicle, String driver, boolean escortNeeded,
                              java.time.LocalDateTime departureUtc, java.time.LocalDateTime etaUtc, UUID replacesId) {
    }

    /** A node of the chain: GUDANG (kab/kota code), PPK (kecamatan), PPS (desa) or TPS (desa + number). */
    public record NodeRef(NodeKind kind, String regionCode, int tpsNumber) {

        Node node() {
            return new Node(kind, regionCode, tpsNumber);
        }
    }

    /** Damage after receipt at a TPS: item code → quantity damaged. */
    public record DamageRequest(String villageCode, int tpsNumber, String reason, String note,
                                Map<String, BigDecimal> items) {
    }

    /** A status change from the field. */
    public record StatusRequest(String clientRequestId, long expectedVersion, ShipmentStatus status, String reason,
                                String note) {
    }

    /** A receipt from the field: every item of the shipment counted. */
    public record ReceiptRequest(String clientRequestId, long expectedVersion, List<ReceiptLine> items) {
    }

    /** One counted item. */
    public record ReceiptLine(String itemCode, int counted, int damagedLight, int damagedHeavy) {
    }
}
