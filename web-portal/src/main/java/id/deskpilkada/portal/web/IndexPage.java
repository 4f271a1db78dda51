package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.security.application.IndexNodeView;
import id.deskpilkada.security.application.RegionIndexView;
import id.deskpilkada.security.application.RegionalIndex;
import id.deskpilkada.security.domain.IndexLevel;
import id.deskpilkada.security.domain.IndexResult;
import id.deskpilkada.security.domain.IndexThresholds;
import id.deskpilkada.security.domain.IndexTier;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regional vulnerability index (IKP): the ranked table of kab/kota or provinces of the user's jurisdiction
 * (tinggi first, by score), and the assessment of one region — its indicators grouped by dimension and
 * sub-dimension with a score 0–100 each, the computed score and level after saving. National administrators
 * also edit the model's names and weights and add or remove nodes.
 */
@Named
@ViewScoped
public class IndexPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Provinces and kab/kota: the regions an index is assessed for. */
    private static final int INDEX_LEVELS = 2;

    @Inject
    transient RegionalIndex index;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private IndexTier tier = IndexTier.KABKOTA;
    private PagedList<IndexResult> rows;
    private Map<IndexLevel, Long> levels;

    private String regionText;
    private RegionIndexView assessment;
    /** Indicator code → what the assessor typed; input components may hand over any number type. */
    private final Map<String, Object> entered = new HashMap<>();

    private String nodeCode;
    private String nodeParent;
    private String nodeName;
    private Double nodeWeight;
    private boolean existingNode;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> index.ranking(tier, "", first, max), () -> index.count(tier, ""));
        levels = index.levels(tier, "");
    }

    public void changeTier() {
        levels = index.levels(tier, "");
    }

    public List<String> completeRegion(String query) {
        return RegionChoice.suggestions(regions, query, INDEX_LEVELS);
    }

    /** Opens the assessment of the region typed or chosen. */
    public void open() {
        String code = RegionChoice.codeOf(regionText);
        if (code == null) {
            return;
        }
        if (changes.attempt(() -> assessment = index.assessment(code))) {
            entered.clear();
            entered.putAll(assessment.scores());
            regionText = RegionChoice.label(code, nameOf(code));
        }
    }

    public void openRow(IndexResult result) {
        regionText = result.regionCode();
        open();
    }

    public void save() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        assessment.model().stream().filter(IndexNodeView::indicator)
                .forEach(n -> scores.put(n.code(), decimal(entered.get(n.code()))));
        if (changes.attempt(() -> assessment = index.enterScores(assessment.regionCode(), scores))) {
            IndexResult result = assessment.result();
            if (result == null) {
                feedback.info("index.saved.empty");
            } else {
                feedback.info("index.saved", nameOf(result.regionCode()), result.total(),
                        feedback.text("index.level." + result.level()), result.completeness());
            }
            levels = index.levels(tier, "");
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString().strip());
    }

    public boolean isAssessor() {
        return assessment != null && index.canAssess(assessment.regionCode());
    }

    public boolean isModelEditable() {
        return index.canEditModel();
    }

    public void startNewNode(String parentCode) {
        existingNode = false;
        nodeCode = null;
        nodeParent = parentCode;
        nodeName = null;
        nodeWeight = 1.0;
    }

    public void editNode(IndexNodeView node) {
        existingNode = true;
        nodeCode = node.code();
        nodeParent = node.parentCode();
        nodeName = node.name();
        nodeWeight = node.weight();
    }

    public void saveNode() {
        double weight = nodeWeight == null ? 0 : nodeWeight;
        if (changes.attempt(() -> {
            if (existingNode) {
                index.changeNode(nodeCode, nodeName, weight);
            } else {
                index.addNode(nodeCode, nodeParent, nodeName, weight);
            }
        })) {
            feedback.info("index.model.saved");
            reopen();
        }
    }

    public void removeNode(IndexNodeView node) {
        if (changes.attempt(() -> index.removeNode(node.code()))) {
            feedback.info("index.model.saved");
            reopen();
        }
    }

    private void reopen() {
        levels = index.levels(tier, "");
        if (assessment != null) {
            assessment = index.assessment(assessment.regionCode());
        }
    }

    /** The model without a region chosen yet, for reading and editing it. */
    public List<IndexNodeView> getModel() {
        return assessment != null ? assessment.model() : index.model();
    }

    public IndexThresholds getThresholds() {
        return index.thresholds(tier);
    }

    public String nameOf(String code) {
        return regions.find(code).map(RegionSummary::name).orElse(code);
    }

    public List<IndexTier> getTiers() {
        return List.of(IndexTier.values());
    }

    public IndexTier getTier() {
        return tier;
    }

    public void setTier(IndexTier tier) {
        this.tier = tier == null ? IndexTier.KABKOTA : tier;
    }

    public PagedList<IndexResult> getRows() {
        return rows;
    }

    public Map<IndexLevel, Long> getLevels() {
        return levels;
    }

    public String getRegionText() {
        return regionText;
    }

    public void setRegionText(String regionText) {
        this.regionText = regionText;
    }

    public RegionIndexView getAssessment() {
        return assessment;
    }

    public Map<String, Object> getEntered() {
        return entered;
    }

    public String getNodeCode() {
        return nodeCode;
    }

    public void setNodeCode(String nodeCode) {
        this.nodeCode = nodeCode;
    }

    public String getNodeParent() {
        return nodeParent;
    }

    public String getNodeName() {
        return nodeName;
    }

    public void setNodeName(String nodeName) {
        this.nodeName = nodeName;
    }

    public Double getNodeWeight() {
        return nodeWeight;
    }

    public void setNodeWeight(Double nodeWeight) {
        this.nodeWeight = nodeWeight;
    }

    public boolean isExistingNode() {
        return existingNode;
    }
}
