package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.NodeStocks;
import id.deskpilkada.logistics.application.RegionRisks;
import id.deskpilkada.logistics.domain.Node;
import id.deskpilkada.logistics.domain.NodeKind;
import id.deskpilkada.logistics.domain.NodeStock;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Stock at one node of the chain, item by item: chosen by region and kind here, or opened from a shipment's
 * sender or destination ({@code ?node=PPS 53.71.05.1001}).
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

    private String node;
    private String regionText;
    private NodeKind kind;
    private Integer tpsNumber;
    private NodeStock stock;
    private boolean atRisk;

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
