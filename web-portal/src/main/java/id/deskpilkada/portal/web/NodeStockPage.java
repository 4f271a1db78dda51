package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.KitReadiness;
import id.deskpilkada.logistics.application.NodeStocks;
import id.deskpilkada.logistics.application.RegionRisks;
import id.deskpilkada.logistics.application.StockDamages;
import id.deskpilkada.logistics.domain.DelayReason;
import id.deskpilkada.logistics.domain.ItemStock;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.NodeStock;
import id.deskpilkada.logistics.domain.StockDamage;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock at one node of the chain, item by item: chosen by region and kind here, or opened from a shipment's
 * sender or destination ({@code ?node=PPS 53.71.05.1001}). At a TPS also its readiness, and for officers of its
 * desa the form to record damage of material it already received.
 */
@Named
@ViewScoped
public class NodeStockPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Down to the desa, where the PPS and the TPS sit. */
    private static final int NODE_LEVELS = 4;

    @Inject
    transient NodeStocks stocks;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient RegionRisks risks;

    @Inject
    transient StockDamages damages;

    @Inject
    transient KitReadiness kits;

    @Inject
    transient FacesFeedback feedback;

    private String node;
    private String regionText;
    private NodeKind kind;
    private Integer tpsNumber;
    private NodeStock stock;
    private boolean atRisk;
    /** The TPS's readiness; null for the other kinds of node. */
    private KitReadiness.TpsReadiness tpsReadiness;
    private boolean damageRecordable;
    private String damageItem;
    private Integer damageQuantity;
    private String damageReason;
    private String damageNote;

    /** f:viewAction: the node named by the "node" parameter, if any. */
    public void load() {
        Node.parse(node).ifPresent(n -> {
            regionText = RegionChoice.label(n.regionCode(), nameOf(n.regionCode()));
            kind = n.kind();
            tpsNumber = n.tpsNumber() == 0 ? null : n.tpsNumber();
            show();
        });
    }

    /** The stock of the chosen node; without a kind, the one the region's level holds (a PPS for a desa). */
    public void show() {
        String code = RegionChoice.codeOf(regionText);
        stock = null;
        if (code == null) {
            return;
        }
        int number = tpsNumber == null ? 0 : tpsNumber;
        NodeKind chosen = kind != null ? kind : number > 0 ? NodeKind.TPS : Arrays.stream(NodeKind.values())
                .filter(k -> k.codeLength() == code.length()).findFirst().orElse(NodeKind.GUDANG);
        changes.attempt(() -> stock = stocks.of(chosen, code, chosen == NodeKind.TPS ? number : 0));
        atRisk = stock != null && !risks.atRisk(List.of(code)).isEmpty();
        showReadiness();
    }

    private void showReadiness() {
        boolean tps = stock != null && stock.node().kind() == NodeKind.TPS;
        tpsReadiness = tps ? kits.ofTps(stock.node().regionCode(), stock.node().tpsNumber()) : null;
        damageRecordable = tps && damages.mayRecordAt(stock.node().regionCode());
    }

    /** Records damage of the chosen item at the TPS shown; its stock and readiness are shown as they are now. */
    public void recordDamage() {
        if (stock == null || stock.node().kind() != NodeKind.TPS) {
            return;
        }
        Node tps = stock.node();
        Map<String, Integer> quantities = new HashMap<>();
        if (damageItem != null && !damageItem.isBlank()) {
            quantities.put(damageItem, damageQuantity);
        }
        if (changes.attempt(() -> stock = damages.record(StockDamage.of(tps.regionCode(), tps.tpsNumber(),
                quantities, damageReason, damageNote)))) {
            feedback.info("stock.damage.saved");
            damageItem = null;
            damageQuantity = null;
            damageReason = null;
            damageNote = null;
        }
        showReadiness();
    }

    /** The item's name in the user's language; its code for an item the bundle does not know yet. */
    public String itemName(String itemCode) {
        return feedback.textOrEnglish("item." + itemCode, itemCode);
    }

    /** The kit's need of the item at the TPS shown (null: none or not a TPS). */
    public Integer needOf(ItemStock item) {
        return tpsReadiness == null ? null : tpsReadiness.kit().get(item.itemCode());
    }

    /** On hand falls short of the TPS's need, or below zero anywhere. */
    public boolean isShort(ItemStock item) {
        Integer need = needOf(item);
        return item.onHand() != null && (item.onHand() < 0 || need != null && item.onHand() < need);
    }

    /** An open disaster, conflict or distribution incident covers the node's region. */
    public boolean isAtRisk() {
        return atRisk;
    }

    public List<String> completeRegion(String query) {
        return RegionChoice.suggestions(regions, query, NODE_LEVELS);
    }

    public String nameOf(String code) {
        return regions.find(code).map(RegionSummary::name).orElse(code);
    }

    public List<NodeKind> getKinds() {
        return Arrays.asList(NodeKind.values());
    }

    public NodeStock getStock() {
        return stock;
    }

    public KitReadiness.TpsReadiness getTpsReadiness() {
        return tpsReadiness;
    }

    /** The node is a TPS and the user is a logistics officer or administrator of its desa. */
    public boolean isDamageRecordable() {
        return damageRecordable;
    }

    public List<DelayReason> getDamageReasons() {
        return Arrays.asList(DelayReason.values());
    }

    public String getDamageItem() {
        return damageItem;
    }

    public void setDamageItem(String damageItem) {
        this.damageItem = damageItem;
    }

    public Integer getDamageQuantity() {
        return damageQuantity;
    }

    public void setDamageQuantity(Integer damageQuantity) {
        this.damageQuantity = damageQuantity;
    }

    public String getDamageReason() {
        return damageReason;
    }

    public void setDamageReason(String damageReason) {
        this.damageReason = damageReason;
    }

    public String getDamageNote() {
        return damageNote;
    }

    public void setDamageNote(String damageNote) {
        this.damageNote = damageNote;
    }

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

    public String getRegionText() {
        return regionText;
    }

    public void setRegionText(String regionText) {
        this.regionText = regionText;
    }

    public NodeKind getKind() {
        return kind;
    }

    public void setKind(NodeKind kind) {
        this.kind = kind;
    }

    public Integer getTpsNumber() {
        return tpsNumber;
    }

    public void setTpsNumber(Integer tpsNumber) {
        this.tpsNumber = tpsNumber;
    }
}
