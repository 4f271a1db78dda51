package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.tps.TpsKey;
import id.deskpilkada.platform.domain.tps.TpsRules;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.security.VulnerabilityAssessed;
import id.deskpilkada.security.domain.CategoryCounts;
import id.deskpilkada.security.domain.Classification;
import id.deskpilkada.security.domain.ClassificationChange;
import id.deskpilkada.security.domain.IndicatorCatalog;
import id.deskpilkada.security.domain.IndicatorDefinition;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.domain.TpsVulnerability;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import id.deskpilkada.security.domain.VulnerabilityChange;
import id.deskpilkada.security.domain.VulnerabilitySource;
import id.deskpilkada.security.persistence.TpsVulnerabilityRepository;
import id.deskpilkada.security.persistence.VulnerabilityStore;
import id.deskpilkada.security.persistence.VulnerabilityStore.StoredTps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * TPS kerawanan: counts per category of any region, the TPS list of a region, classifying one TPS by hand,
 * applying an indicator found in a whole kecamatan or desa, and each TPS's history. SECURITY and ADMIN change,
 * LEADERSHIP reads; every method checks the region against the caller's jurisdiction. Changes are audited and
 * published as {@code security.VulnerabilityAssessed}: one event per TPS classified by hand, one per area; and the
 * kab/kota's new counts as {@code security.VulnerabilityCountsChanged}.
 */
@ApplicationScoped
@Transactional
public class TpsVulnerabilities {

    static final Role[] ASSESSORS = {Role.SECURITY, Role.ADMIN};
    static final Role[] READERS = {Role.SECURITY, Role.LEADERSHIP, Role.ADMIN};
    public static final int MAX_PAGE = 500;
    /** The most TPS an indicator is applied to at once: a large kecamatan. */
    public static final int MAX_AREA_TPS = 3_000;
    static final int HISTORY_MAX = 200;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    TpsVulnerabilityRepository repository;

    @Inject
    VulnerabilityStore store;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    @Inject
    VulnerabilityCountsPublisher counts;

    /** Where a view starts for the caller: the nation, or the first region of their jurisdiction. */
    public String topOfJurisdiction() {
        access.requireAnyRole(READERS);
        return access.scope().isNational() ? "" : access.scope().sortedPrefixes().get(0);
    }

    /** Counts per category of a region ({@code ""}: the nation) and of each region directly below it. */
    public RegionVulnerability counts(String regionCode) {
        String code = readable(regionCode);
        List<CategoryCounts> children = store.countsByChild(code);
        if (TpsRules.isVillageCode(code)) {
            return new RegionVulnerability(CategoryCounts.total(code, children), List.of());
        }
        return new RegionVulnerability(CategoryCounts.total(code, children), children);
    }

    /** One page of the region's active TPS in key order, with category and indicators. */
    public List<TpsVulnerabilityView> page(TpsVulnerabilityFilter filter, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max);
        }
        VulnerabilityStore.Filter stored = stored(filter);
        IndicatorCatalog catalog = repository.catalog();
        return store.page(stored, first, Math.min(max, MAX_PAGE)).stream().map(t -> view(t, catalog)).toList();
    }

    public long count(TpsVulnerabilityFilter filter) {
        return store.count(stored(filter));
    }

    public Optional<TpsVulnerabilityView> find(String villageCode, int number) {
        access.requireAnyRole(READERS);
        access.requireWithinScope(villageCode);
        IndicatorCatalog catalog = repository.catalog();
        return store.find(new TpsKey(villageCode, number)).map(t -> view(t, catalog));
    }

    /**
     * Classifies one TPS by hand: the category chosen (recorded as {@link VulnerabilitySource#MANUAL}, also below
     * what the rules give) or, left empty, the rules' category for the indicators.
     *
     * @param category        null: by the rules
     * @param expectedVersion the version the assessor saw (0: not classified yet); null skips the check
     */
    public TpsVulnerabilityView classify(String villageCode, int number, VulnerabilityCategory category,
                                        Collection<String> indicators, Long expectedVersion) {
        access.requireAnyRole(ASSESSORS);
        access.requireWithinScope(villageCode);
        TpsKey tps = new TpsKey(villageCode, number);
        StoredTps stored = store.find(tps).orElseThrow(() ->
                new SecurityRuleViolation(SecurityProblem.UNKNOWN_TPS, villageCode, TpsRules.label(number)));
        Optional<TpsVulnerability> existing = repository.find(tps);
        if (expectedVersion != null && expectedVersion != existing.map(TpsVulnerability::version).orElse(0L)) {
            throw new OptimisticLockException(SecurityProblem.CONCURRENT_CHANGE.english(tps));
        }
        Classification before = existing.map(TpsVulnerability::classification).orElse(null);
        List<String> codes = indicators == null ? List.of()
                : indicators.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        IndicatorCatalog catalog = repository.catalog();
        catalog.requireUsable(codes, before == null ? List.of() : before.indicators());
        Classification next = catalog.assess(category, codes, VulnerabilitySource.MANUAL);
        LocalDateTime now = now();
        TpsVulnerability vulnerability;
        Optional<VulnerabilityChange> change;
        if (existing.isEmpty()) {
            vulnerability = new TpsVulnerability(tps, next, access.actor(), now);
            repository.add(vulnerability);
            change = Optional.of(VulnerabilityChange.of(tps, null, next, access.actor(), now));
        } else {
            vulnerability = existing.get();
            change = vulnerability.assess(next, access.actor(), now);
        }
        change.ifPresent(c -> {
            repository.record(c);
            audit.record("vulnerability.classified", "tps-vulnerability", tps.toString(), villageCode, before, next);
            events.publish(new VulnerabilityAssessed(villageCode, villageCode, number, eventName(next.category()),
                    1));
            counts.publishFor(List.of(villageCode));
        });
        // built from the entity just written rather than read again, so that it shows the new version
        return view(new StoredTps(tps, stored.voters(), vulnerability.classification(), vulnerability.assessedBy(),
                vulnerability.assessedAt(), vulnerability.version()), catalog);
    }

    /**
     * An indicator found in a whole kecamatan or desa/kelurahan (a flood, a border stretch): every active TPS there
     * gets it and is reclassified by the rules, which only raise — a hand category above them stays. Written in
     * batches with a history row per TPS changed; one audit entry and one event for the area.
     */
    public AreaClassification applyIndicator(String regionCode, String indicatorCode) {
        access.requireAnyRole(ASSESSORS);
        String code = regionCode == null ? "" : regionCode.strip();
        if (!RegionCode.isWellFormed(code) || code.length() < 8) {
            throw new SecurityRuleViolation(SecurityProblem.BULK_REGION, code, MAX_AREA_TPS);
        }
        access.requireWithinScope(code);
        IndicatorCatalog catalog = repository.catalog();
        catalog.requireUsable(List.of(indicatorCode), List.of());
        long inArea = store.activeTpsUnder(code);
        if (inArea > MAX_AREA_TPS) {
            throw new SecurityRuleViolation(SecurityProblem.BULK_REGION, code, MAX_AREA_TPS);
        }
        List<ClassificationChange> changes = new ArrayList<>();
        int recategorized = 0;
        for (StoredTps t : store.under(code)) {
            Classification next = catalog.withIndicator(t.classification(), indicatorCode);
            if (!next.sameAssessment(t.classification())) {
                changes.add(new ClassificationChange(t.tps(), t.classification(), next));
                if (t.classification() == null || t.classification().category() != next.category()) {
                    recategorized++;
                }
            }
        }
        store.write(changes, access.actor(), now());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("indicator", indicatorCode);
        summary.put("tps", inArea);
        summary.put("changed", changes.size());
        summary.put("recategorized", recategorized);
        audit.record("vulnerability.areaIndicator", "region", code, code, null, summary);
        if (!changes.isEmpty()) {
            events.publish(new VulnerabilityAssessed(code, null, 0, null, changes.size()));
            counts.publishFor(List.of(code));
        }
        return new AreaClassification(code, indicatorCode, (int) inArea, changes.size(), recategorized);
    }

    /** The TPS's changes, newest first (at most {@value #HISTORY_MAX}). */
    public List<VulnerabilityChangeView> history(String villageCode, int number) {
        access.requireAnyRole(READERS);
        access.requireWithinScope(villageCode);
        return repository.history(new TpsKey(villageCode, number), HISTORY_MAX).stream()
                .map(c -> new VulnerabilityChangeView(c.changedAt(), c.changedBy(), c.fromCategory(),
                        c.toCategory(), Classification.parseIndicators(c.indicators()), c.source()))
                .toList();
    }

    /** The configured indicators in their order, retired ones included. */
    public List<IndicatorDefinition> indicators() {
        access.requireAnyRole(READERS);
        return repository.catalog().all();
    }

    /** Number of indicators at least → category at least. */
    public Map<Integer, VulnerabilityCategory> countRules() {
        access.requireAnyRole(READERS);
        Map<Integer, VulnerabilityCategory> rules = new LinkedHashMap<>();
        repository.countRules().forEach(r -> rules.put(r.minIndicators(), r.category()));
        return rules;
    }

    /** How the event names a category (its javadoc: kurang_rawan, rawan, sangat_rawan, khusus). */
    static String eventName(VulnerabilityCategory category) {
        return category == null ? null : category.name().toLowerCase(Locale.ROOT);
    }

    private String readable(String regionCode) {
        access.requireAnyRole(READERS);
        String code = regionCode == null ? "" : regionCode.strip();
        if (!code.isEmpty() && !RegionCode.isWellFormed(code)) {
            throw new IllegalArgumentException("Not a region code: " + regionCode);
        }
        access.requireWithinScope(code);
        return code;
    }

    private VulnerabilityStore.Filter stored(TpsVulnerabilityFilter filter) {
        return new VulnerabilityStore.Filter(readable(filter.regionCode()), filter.category(),
                filter.unclassifiedOnly());
    }

    private static TpsVulnerabilityView view(StoredTps t, IndicatorCatalog catalog) {
        Classification c = t.classification();
        if (c == null) {
            return new TpsVulnerabilityView(t.tps().villageCode(), t.tps().number(), TpsRules.label(t.tps().number()),
                    t.voters(), null, List.of(), null, false, null, null, 0);
        }
        return new TpsVulnerabilityView(t.tps().villageCode(), t.tps().number(), TpsRules.label(t.tps().number()),
                t.voters(), c.category(), c.indicators(), c.source(), belowRules(catalog, c), t.assessedBy(),
                t.assessedAt(), t.version());
    }

    private static boolean belowRules(IndicatorCatalog catalog, Classification c) {
        try {
            return catalog.belowRules(c);
        } catch (SecurityRuleViolation indicatorNoLongerConfigured) {
            return false;
        }
    }

    /** Microseconds, as the databases keep them. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
