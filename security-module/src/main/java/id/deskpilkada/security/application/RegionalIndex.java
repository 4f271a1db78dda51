package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.security.VulnerabilityIndexComputed;
import id.deskpilkada.security.domain.IndexLevel;
import id.deskpilkada.security.domain.IndexNode;
import id.deskpilkada.security.domain.IndexResult;
import id.deskpilkada.security.domain.IndexThresholds;
import id.deskpilkada.security.domain.IndexTier;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.domain.VulnerabilityIndex;
import id.deskpilkada.security.persistence.IndexStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The regional vulnerability index, like Bawaslu's IKP: a configurable model (dimensions → sub-dimensions →
 * indicators with weights), indicator scores 0–100 entered per province and kab/kota by assessors (SECURITY or
 * ADMIN within their jurisdiction), the computed result (total, completeness, level by the tier's thresholds)
 * stored for the ranked table and the dashboard. National administrators may edit the model; every stored
 * result is then recomputed. Every change is audited, and every result stored is published as
 * {@code security.VulnerabilityIndexComputed}.
 */
@ApplicationScoped
@Transactional
public class RegionalIndex {

    public static final int MAX_PAGE = 100;
    static final int MAX_CODE = 20;
    static final int MAX_NAME = 150;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    IndexStore store;

    @Inject
    IndexSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    /** The model in tree order. */
    public List<IndexNodeView> model() {
        access.requireAnyRole(TpsVulnerabilities.READERS);
        return treeOrder(store.nodes());
    }

    /** The model, the scores and the result of a province or kab/kota. */
    public RegionIndexView assessment(String regionCode) {
        access.requireAnyRole(TpsVulnerabilities.READERS);
        IndexTier tier = IndexTier.of(regionCode);
        access.requireWithinScope(regionCode);
        List<IndexNode> nodes = store.nodes();
        Map<String, Double> scores = store.scores(regionCode);
        VulnerabilityIndex.IndexScore score = new VulnerabilityIndex(nodes).score(scores);
        Map<String, BigDecimal> entered = new TreeMap<>();
        scores.forEach((code, value) -> entered.put(code, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)));
        return new RegionIndexView(regionCode, tier, settings.thresholds(tier), treeOrder(nodes), entered,
                score.perDimension(), store.result(regionCode).orElse(null));
    }

    /**
     * Scores entered by an assessor for a province or kab/kota, merged into those stored; then the region's index
     * is computed and stored.
     *
     * @param scores indicator code → score 0–100 (two decimals kept); a null score clears that indicator's
     */
    public RegionIndexView enterScores(String regionCode, Map<String, BigDecimal> scores) {
        access.requireAnyRole(TpsVulnerabilities.ASSESSORS);
        IndexTier tier = IndexTier.of(regionCode);
        access.requireWithinScope(regionCode);
        VulnerabilityIndex index = new VulnerabilityIndex(store.nodes());
        Map<String, Double> merged = new HashMap<>(store.scores(regionCode));
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            if (!index.isIndicator(code)) {
                throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_INDICATOR, code);
            }
            BigDecimal value = score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
            rounded.put(code, value);
            if (value == null) {
                merged.remove(code);
            } else {
                merged.put(code, value.doubleValue());
            }
        });
        VulnerabilityIndex.IndexScore computed = index.score(merged);
        LocalDateTime now = now();
        rounded.forEach((code, value) -> {
            if (value == null) {
                store.removeScore(regionCode, code);
            } else {
                store.putScore(regionCode, code, value, access.actor(), now);
            }
        });
        IndexResult before = store.result(regionCode).orElse(null);
        Optional<IndexResult> after = result(regionCode, computed, tier, now);
        keep(regionCode, after);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("scores", rounded);
        state.put("result", after.orElse(null));
        audit.record("index.scored", "region-index", regionCode, regionCode, before, state);
        return assessment(regionCode);
    }

    /** Provinces or kab/kota of the caller's jurisdiction (narrowed to a region), tinggi first, by score. */
    public List<IndexResult> ranking(IndexTier tier, String regionFilter, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max);
        }
        return store.ranking(tier.codeLength(), scope(regionFilter), first, Math.min(max, MAX_PAGE));
    }

    public long count(IndexTier tier, String regionFilter) {
        return levels(tier, regionFilter).values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many of those regions are at each level (every level present, zero when none). */
    public Map<IndexLevel, Long> levels(IndexTier tier, String regionFilter) {
        return store.levelCounts(tier.codeLength(), scope(regionFilter));
    }

    public IndexThresholds thresholds(IndexTier tier) {
        access.requireAnyRole(TpsVulnerabilities.READERS);
        return settings.thresholds(tier);
    }

    /** ADMIN (national): a new dimension (no parent), sub-dimension or indicator. */
    public void addNode(String code, String parentCode, String name, double weight) {
        requireNationalAdmin();
        String normalized = code == null ? "" : code.strip();
        String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
        requireText(normalized, MAX_CODE, "code");
        requireText(name, MAX_NAME, "name");
        List<IndexNode> nodes = store.nodes();
        if (nodes.stream().anyMatch(n -> n.code().equals(normalized))) {
            throw new SecurityRuleViolation(SecurityProblem.DUPLICATE_CODE, normalized);
        }
        if (parent != null && nodes.stream().noneMatch(n -> n.code().equals(parent))) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_INDICATOR, parent);
        }
        if (parent != null && store.isScored(parent)) {
            throw new SecurityRuleViolation(SecurityProblem.INDEX_NODE_IN_USE, parent);
        }
        IndexNode node = new IndexNode(normalized, parent, name.strip(), weight);
        store.addNode(node);
        audit.record("index.node.added", "index-node", normalized, null, null, node);
        recomputeAll();
    }

    /** ADMIN (national): a node's name and weight. */
    public void changeNode(String code, String name, double weight) {
        requireNationalAdmin();
        requireText(name, MAX_NAME, "name");
        IndexNode before = node(code);
        IndexNode after = new IndexNode(before.code(), before.parentCode(), name.strip(), weight);
        store.changeNode(after);
        audit.record("index.node.changed", "index-node", code, null, before, after);
        recomputeAll();
    }

    /** ADMIN (national): removes a node without sub-nodes and scores. */
    public void removeNode(String code) {
        requireNationalAdmin();
        IndexNode node = node(code);
        boolean hasChildren = store.nodes().stream().anyMatch(n -> code.equals(n.parentCode()));
        if (hasChildren || store.isScored(code)) {
            throw new SecurityRuleViolation(SecurityProblem.INDEX_NODE_IN_USE, code);
        }
        store.removeNode(code);
        audit.record("index.node.removed", "index-node", code, null, node, null);
        recomputeAll();
    }

    /** Recomputes every stored result with the current model and thresholds; returns the regions recomputed. */
    public int recomputeAll() {
        requireNationalAdmin();
        VulnerabilityIndex index = new VulnerabilityIndex(store.nodes());
        LocalDateTime now = now();
        List<String> regions = store.scoredRegions();
        for (String region : regions) {
            IndexTier tier = IndexTier.of(region);
            keep(region, result(region, index.score(store.scores(region)), tier, now));
        }
        return regions.size();
    }

    /** Whether the caller may edit the model (pages show the editing controls only then). */
    public boolean canEditModel() {
        return access.hasAnyRole(Role.ADMIN) && access.scope().isNational();
    }

    /** Whether the caller may enter scores for the region. */
    public boolean canAssess(String regionCode) {
        return access.hasAnyRole(TpsVulnerabilities.ASSESSORS) && access.scope().covers(regionCode);
    }

    private Optional<IndexResult> result(String regionCode, VulnerabilityIndex.IndexScore score, IndexTier tier,
                                         LocalDateTime now) {
        if (score.total() == null) {
            return Optional.empty();
        }
        return Optional.of(new IndexResult(regionCode, score.total(), score.completeness(),
                score.level(settings.thresholds(tier)), now));
    }

    /**
     * Stores the region's result and publishes it. A region whose scores were all cleared loses its result without
     * an event: the contract has no removal, and consumers keep the last index computed.
     */
    private void keep(String regionCode, Optional<IndexResult> result) {
        store.putResult(regionCode, result);
        result.ifPresent(r -> events.publish(computed(r)));
    }

    static VulnerabilityIndexComputed computed(IndexResult result) {
        return new VulnerabilityIndexComputed(result.regionCode(), result.total(),
                result.level().name().toLowerCase(Locale.ROOT), result.completeness());
    }

    private IndexNode node(String code) {
        return store.nodes().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.UNKNOWN_INDICATOR, code));
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(TpsVulnerabilities.READERS);
        return access.scope().narrowedTo(regionFilter);
    }

    private void requireNationalAdmin() {
        access.requireAnyRole(Role.ADMIN);
        access.requireWithinScope("");
    }

    private static void requireText(String text, int max, String what) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new SecurityRuleViolation(SecurityProblem.TEXT_REQUIRED, what);
        }
    }

    /** Each dimension, then depth-first its sub-nodes, in the configured order. */
    static List<IndexNodeView> treeOrder(List<IndexNode> nodes) {
        Map<String, List<IndexNode>> children = new LinkedHashMap<>();
        nodes.forEach(n -> children.computeIfAbsent(n.isDimension() ? "" : n.parentCode(), k -> new ArrayList<>())
                .add(n));
        List<IndexNodeView> ordered = new ArrayList<>(nodes.size());
        addSubtree(children, "", 0, ordered);
        return ordered;
    }

    private static void addSubtree(Map<String, List<IndexNode>> children, String parent, int depth,
                                   List<IndexNodeView> ordered) {
        for (IndexNode node : children.getOrDefault(parent, List.of())) {
            boolean leaf = !children.containsKey(node.code());
            ordered.add(new IndexNodeView(node.code(), node.parentCode(), node.name(), node.weight(), depth, leaf));
            addSubtree(children, node.code(), depth + 1, ordered);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
