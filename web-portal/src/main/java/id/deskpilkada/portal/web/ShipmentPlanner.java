package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.KitReadiness;
import id.deskpilkada.logistics.application.ShipmentService;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.ShipmentPlan;
import id.deskpilkada.logistics.domain.ShipmentProblem;
import id.deskpilkada.logistics.domain.ShipmentRuleViolation;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Planning one shipment: from node (the officer's own area by default), to node below it, item lines (or the
 * full kit of a TPS), packing, transport and times in the sending region's own time. With {@code replaces} it
 * plans the replacement of a shipment received short, starting from what that one lacked. Saving goes through
 * {@link ShipmentService#plan}, which checks everything again; a refused plan saves nothing.
 */
@Named
@ViewScoped
public class ShipmentPlanner implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Where material leaves from: a TPS sends nothing on. */
    private static final List<NodeKind> SENDERS = List.of(NodeKind.GUDANG, NodeKind.PPK, NodeKind.PPS);

    @Inject
    transient ShipmentService shipments;

    @Inject
    transient KitReadiness kits;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private String replaces;
    private String replacedNumber;
    private List<String> itemCodes = List.of();
    private String number;
    private NodeKind fromKind = NodeKind.GUDANG;
    private String fromRegion;
    private NodeKind toKind = NodeKind.PPK;
    private String toRegion;
    private Integer tpsNumber;
    private final List<PlanLine> lines = new ArrayList<>();
    private String seals;
    private String vehicle;
    private String driver;
    private boolean escortNeeded;
    private LocalDateTime departure;
    private LocalDateTime eta;

    /** f:viewAction: a replacement's draft, or a plan leaving from the top of the officer's jurisdiction. */
    public void load() {
        itemCodes = shipments.itemCodes();
        if (replaces != null && !replaces.isBlank()) {
            UUID replaced = UUID.fromString(replaces.strip());
            replacedNumber = shipments.find(replaced).number();
            changes.attempt(() -> fill(shipments.replacementDraft(replaced)));
        } else {
            leaveFrom(kits.topOfJurisdiction());
        }
        if (lines.isEmpty()) {
            lines.add(new PlanLine());
        }
    }

    private void leaveFrom(String top) {
        fromKind = SENDERS.stream().filter(k -> k.codeLength() == top.length()).findFirst().orElse(NodeKind.GUDANG);
        fromRegion = top.length() == fromKind.codeLength() ? label(top) : null;
        toKind = next(fromKind);
    }

    private void fill(ShipmentPlan draft) {
        fromKind = draft.from().kind();
        fromRegion = label(draft.from().regionCode());
        toKind = draft.to().kind();
        toRegion = label(draft.to().regionCode());
        tpsNumber = toKind == NodeKind.TPS ? draft.to().tpsNumber() : null;
        escortNeeded = draft.escortNeeded();
        lines.clear();
        draft.quantities().forEach((item, quantity) -> lines.add(new PlanLine(item, quantity)));
    }

    private String label(String code) {
        return RegionChoice.label(code, regions.find(code).map(RegionSummary::name).orElse(null));
    }

    private static NodeKind next(NodeKind kind) {
        return NodeKind.values()[Math.min(kind.ordinal() + 1, NodeKind.values().length - 1)];
    }

    // ---- route

    public List<NodeKind> getFromKinds() {
        return SENDERS;
    }

    /** The kinds below the sender: material goes down the chain. */
    public List<NodeKind> getToKinds() {
        return Arrays.stream(NodeKind.values()).filter(k -> k.ordinal() > fromKind.ordinal()).toList();
    }

    /** A new sender kind: its region must be of that level, and the destination below it. */
    public void fromKindChanged() {
        String code = RegionChoice.codeOf(fromRegion);
        if (code != null && code.length() != fromKind.codeLength()) {
            fromRegion = null;
        }
        if (toKind.ordinal() <= fromKind.ordinal()) {
            toKind = next(fromKind);
        }
        toKindChanged();
    }

    public void toKindChanged() {
        String code = RegionChoice.codeOf(toRegion);
        if (code != null && code.length() != toKind.codeLength()) {
            toRegion = null;
        }
        if (toKind != NodeKind.TPS) {
            tpsNumber = null;
        }
    }

    public List<String> completeFrom(String query) {
        return RegionChoice.suggestionsOfLength(regions, query, fromKind.codeLength(), null);
    }

    /** Regions of the destination's level under the chosen sender. */
    public List<String> completeTo(String query) {
        return RegionChoice.suggestionsOfLength(regions, query, toKind.codeLength(),
                RegionChoice.codeOf(fromRegion));
    }

    public boolean isToTps() {
        return toKind == NodeKind.TPS;
    }

    /** WIB, WITA or WIT of the sending region: departure and ETA are typed in its own time. */
    public String getTimeZone() {
        String code = RegionChoice.codeOf(fromRegion);
        return code != null && RegionCode.isWellFormed(code) ? IndonesianTimeZone.forRegion(code).name() : "";
    }

    // ---- items

    public void addLine() {
        lines.add(new PlanLine());
    }

    public void removeLine(int index) {
        lines.remove(index);
        if (lines.isEmpty()) {
            lines.add(new PlanLine());
        }
    }

    /** "Isi kebutuhan TPS": the full kit of the destination TPS replaces the lines. */
    public void fillTpsKit() {
        String village = RegionChoice.codeOf(toRegion);
        if (toKind != NodeKind.TPS || village == null || tpsNumber == null) {
            feedback.error("shipment.plan.chooseTpsFirst");
            return;
        }
        changes.attempt(() -> {
            Map<String, Integer> kit = kits.kitOf(village, tpsNumber);
            lines.clear();
            kit.forEach((item, quantity) -> lines.add(new PlanLine(item, quantity)));
        });
    }

    // ---- save

    /** @return the new shipment's page, or null to stay when the plan was refused */
    public String save() {
        String missing = RegionChoice.codeOf(fromRegion) == null ? "shipment.plan.fromRequired"
                : RegionChoice.codeOf(toRegion) == null ? "shipment.plan.toRequired"
                : toKind == NodeKind.TPS && tpsNumber == null ? "shipment.plan.tpsRequired" : null;
        if (missing != null) {
            feedback.error(missing);
            return null;
        }
        UUID[] planned = new UUID[1];
        if (!changes.attempt(() -> planned[0] = shipments.plan(plan(), replacedId()))) {
            return null;
        }
        feedback.info("shipment.plan.saved", number.strip());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/logistics/shipment?faces-redirect=true&id=" + planned[0];
    }

    private ShipmentPlan plan() {
        String from = RegionChoice.codeOf(fromRegion);
        String to = RegionChoice.codeOf(toRegion);
        return new ShipmentPlan(number, new Node(fromKind, from, 0),
                new Node(toKind, to, toKind == NodeKind.TPS && tpsNumber != null ? tpsNumber : 0), quantities(),
                blankToNull(seals), blankToNull(vehicle), blankToNull(driver), escortNeeded, utc(departure, from),
                utc(eta, from));
    }

    /** The chosen lines in order; a line left without an item is no line. */
    private Map<String, Integer> quantities() {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (PlanLine line : lines) {
            if (line.getItemCode() == null || line.getItemCode().isBlank()) {
                continue;
            }
            if (quantities.containsKey(line.getItemCode())) {
                throw new ShipmentRuleViolation(ShipmentProblem.DUPLICATE_ITEM, line.getItemCode());
            }
            quantities.put(line.getItemCode(), line.getQuantity());
        }
        return quantities;
    }

    /** A time typed in the sending region's zone, in UTC as shipments keep it. */
    private static LocalDateTime utc(LocalDateTime local, String region) {
        return local == null ? null : local.atZone(IndonesianTimeZone.forRegion(region).zone())
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private UUID replacedId() {
        return replacedNumber == null ? null : UUID.fromString(replaces.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // ---- fields

    public String getReplaces() {
        return replaces;
    }

    public void setReplaces(String replaces) {
        this.replaces = replaces;
    }

    public String getReplacedNumber() {
        return replacedNumber;
    }

    public List<String> getItemCodes() {
        return itemCodes;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public NodeKind getFromKind() {
        return fromKind;
    }

    public void setFromKind(NodeKind fromKind) {
        this.fromKind = fromKind;
    }

    public String getFromRegion() {
        return fromRegion;
    }

    public void setFromRegion(String fromRegion) {
        this.fromRegion = fromRegion;
    }

    public NodeKind getToKind() {
        return toKind;
    }

    public void setToKind(NodeKind toKind) {
        this.toKind = toKind;
    }

    public String getToRegion() {
        return toRegion;
    }

    public void setToRegion(String toRegion) {
        this.toRegion = toRegion;
    }

    public Integer getTpsNumber() {
        return tpsNumber;
    }

    public void setTpsNumber(Integer tpsNumber) {
        this.tpsNumber = tpsNumber;
    }

    public List<PlanLine> getLines() {
        return lines;
    }

    public String getSeals() {
        return seals;
    }

    public void setSeals(String seals) {
        this.seals = seals;
    }

    public String getVehicle() {
        return vehicle;
    }

    public void setVehicle(String vehicle) {
        this.vehicle = vehicle;
    }

    public String getDriver() {
        return driver;
    }

    public void setDriver(String driver) {
        this.driver = driver;
    }

    public boolean isEscortNeeded() {
        return escortNeeded;
    }

    public void setEscortNeeded(boolean escortNeeded) {
        this.escortNeeded = escortNeeded;
    }

    public LocalDateTime getDeparture() {
        return departure;
    }

    public void setDeparture(LocalDateTime departure) {
        this.departure = departure;
    }

    public LocalDateTime getEta() {
        return eta;
    }

    public void setEta(LocalDateTime eta) {
        this.eta = eta;
    }
}
