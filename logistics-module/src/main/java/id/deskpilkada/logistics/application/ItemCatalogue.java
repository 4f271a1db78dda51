package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.CatalogueProblem;
import id.deskpilkada.logistics.domain.CatalogueRuleViolation;
import id.deskpilkada.logistics.domain.ElectionCount;
import id.deskpilkada.logistics.domain.ItemSpec;
import id.deskpilkada.logistics.domain.KitItem;
import id.deskpilkada.logistics.domain.NeedChanges;
import id.deskpilkada.logistics.persistence.CatalogueRepository;
import id.deskpilkada.logistics.persistence.KitNeedStore;
import id.deskpilkada.logistics.persistence.KitNeedStore.ElectionOverride;
import id.deskpilkada.logistics.persistence.ShipmentRepository;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The kit catalogue and the elections held per region, which together make every TPS's needs. Item formulas
 * are national KPU rules: only administrators and logistics officers with a national jurisdiction change them.
 * The elections a region holds are a fact of that region: administrators and logistics officers set them for
 * regions of their jurisdiction. Every change can be previewed first (needs before and after, per item and per
 * region below), is audited, and re-checks the TPS kits and rebuilds readiness in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ItemCatalogue {

    static final Role[] EDITORS = {Role.LOGISTICS, Role.ADMIN};
    private static final String NATION = "";
    private static final String NATION_NAME = "Indonesia";

    @Inject
    Access access;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    ShipmentRepository shipments;

    @Inject
    KitNeedStore needs;

    @Inject
    KitReadiness readiness;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditLog audit;

    /** Every item, retired ones too, in catalogue order. */
    public List<CatalogueItem> items() {
        access.requireAnyRole(Role.values());
        return catalogue.allItems().stream().map(CatalogueItem::of).toList();
    }

    /** Whether the caller may add, change and retire items (the page hides what would be refused). */
    public boolean mayChangeItems() {
        return access.hasAnyRole(EDITORS) && access.scope().isNational();
    }

    /** Whether the caller may set the elections held in regions of their jurisdiction. */
    public boolean maySetElections() {
        return access.hasAnyRole(EDITORS);
    }

    /**
     * The needs before and after adding this item.
     *
     * @param regionPrefix "" for the nation with a row per province, or a region with a row per region below it
     */
    public NeedChanges previewAdd(ItemSpec spec, String regionPrefix) {
        requireItemEditor();
        requireNewCode(spec.code());
        return previewItem(spec, true, regionPrefix);
    }

    /** The needs before and after changing (or retiring, or reinstating) this item; see {@link #previewAdd}. */
    public NeedChanges previewChange(ItemSpec spec, boolean active, String regionPrefix) {
        requireItemEditor();
        existing(spec.code());
        return previewItem(spec, active, regionPrefix);
    }

    public CatalogueChange add(ItemSpec spec) {
        requireItemEditor();
        requireNewCode(spec.code());
        KitItem item = KitItem.of(spec, catalogue.nextOrdinal());
        catalogue.add(item);
        audit.record("item.added", "item", item.code(), null, null, state(item));
        return new CatalogueChange(CatalogueItem.of(item), readiness.needsChanged(NATION, List.of(item.code())));
    }

    /**
     * @param expectedVersion the version the officer saw: a change by somebody else in between is refused
     * @param active          false retires the item from every kit, true keeps or brings it back
     */
    public CatalogueChange change(String code, long expectedVersion, ItemSpec spec, boolean active) {
        requireItemEditor();
        if (!spec.code().equals(code)) {
            throw new IllegalArgumentException("Item " + code + " cannot be changed into " + spec.code());
        }
        KitItem item = existing(code);
        if (item.version() != expectedVersion) {
            throw new OptimisticLockException(CatalogueProblem.CONCURRENT_CHANGE.english(code));
        }
        Map<String, Object> before = state(item);
        boolean needsChange = item.active() != active || item.active() && !item.spec().sameFormulaAs(spec);
        List<String> raised = active ? List.of(code) : List.of();
        String action = item.active() == active ? "item.changed" : active ? "item.reinstated" : "item.retired";
        item.revise(spec);
        if (active) {
            item.reinstate();
        } else {
            item.retire();
        }
        catalogue.flush();
        audit.record(action, "item", code, null, before, state(item));
        return new CatalogueChange(CatalogueItem.of(item), needsChange ? readiness.needsChanged(NATION, raised) : null);
    }

    /**
     * The elections set for regions that concern the caller: those of their jurisdiction and those above it,
     * which their regions inherit. Nation first, then by code.
     */
    public List<ElectionSetting> elections() {
        access.requireAnyRole(Role.values());
        Scope scope = access.scope();
        Map<String, String> names = namesAbove(scope);
        return catalogue.electionCounts().stream()
                .filter(c -> scope.covers(c.regionPrefix()) || names.containsKey(c.regionPrefix()))
                .map(c -> new ElectionSetting(c.regionPrefix(), names.computeIfAbsent(c.regionPrefix(),
                        code -> regions.find(code).map(RegionSummary::name).orElse(code)), c.elections()))
                .toList();
    }

    /** Elections held in a region: its own setting or the nearest one above it. */
    public int electionsIn(String regionCode) {
        access.requireAnyRole(Role.values());
        String code = ElectionCount.checkedPrefix(regionCode);
        access.requireWithinScope(code);
        return shipments.electionsIn(code);
    }

    /**
     * The needs under a region before and after setting its elections, with a row per region below it.
     *
     * @param elections null removes the region's own setting, so that it inherits the one above it again
     */
    public NeedChanges previewElections(String regionPrefix, Integer elections) {
        String prefix = requireElectionEditor(regionPrefix, elections);
        List<KitItem> kit = shipments.catalogue();
        return NeedChanges.compare(prefix, kit, kit, needs.groups(prefix, childLength(prefix),
                new ElectionOverride(prefix, elections)));
    }

    /** @param elections null removes the region's own setting (not the nation's) */
    public CatalogueChange setElections(String regionPrefix, Integer elections) {
        String prefix = requireElectionEditor(regionPrefix, elections);
        Optional<Integer> before = catalogue.electionsSetFor(prefix);
        if (Objects.equals(before.orElse(null), elections)) {
            return new CatalogueChange(null, null);
        }
        if (elections == null) {
            catalogue.removeElections(prefix);
        } else {
            catalogue.setElections(new ElectionCount(prefix, elections));
        }
        audit.record(elections == null ? "elections.removed" : "elections.set", "elections",
                prefix.isEmpty() ? "-" : prefix, prefix.isEmpty() ? null : prefix,
                before.map(n -> Map.of("elections", n)).orElse(null),
                elections == null ? null : Map.of("elections", elections));
        List<String> perElection = shipments.catalogue().stream().filter(KitItem::perElection).map(KitItem::code)
                .toList();
        return new CatalogueChange(null, readiness.needsChanged(prefix, perElection));
    }

    private NeedChanges previewItem(ItemSpec spec, boolean active, String regionPrefix) {
        String region = regionPrefix == null ? NATION : regionPrefix.strip();
        if (!region.isEmpty() && !RegionCode.isWellFormed(region)) {
            throw new CatalogueRuleViolation(CatalogueProblem.BAD_REGION, region);
        }
        access.requireWithinScope(region);
        List<KitItem> before = shipments.catalogue();
        return NeedChanges.compare(region, before, proposedKit(spec, active), needs.groups(region,
                childLength(region), ElectionOverride.NONE));
    }

    /** The active items as they would be after the change: the item replaced, added or left out. */
    private List<KitItem> proposedKit(ItemSpec spec, boolean active) {
        List<KitItem> after = new ArrayList<>();
        boolean known = false;
        for (KitItem item : catalogue.allItems()) {
            if (item.code().equals(spec.code())) {
                known = true;
                if (active) {
                    after.add(item.proposed(spec));
                }
            } else if (item.active()) {
                after.add(item);
            }
        }
        if (!known && active) {
            after.add(KitItem.of(spec, catalogue.nextOrdinal()));
        }
        return after;
    }

    private void requireItemEditor() {
        access.requireAnyRole(EDITORS);
        if (!access.scope().isNational()) {
            throw new AccessDeniedException("The item catalogue holds national rules: only logistics officers and"
                    + " administrators with a national jurisdiction change it");
        }
    }

    /** @return the checked region prefix */
    private String requireElectionEditor(String regionPrefix, Integer elections) {
        access.requireAnyRole(EDITORS);
        String prefix = ElectionCount.checkedPrefix(regionPrefix);
        access.requireWithinScope(prefix);
        if (!prefix.isEmpty() && regions.find(prefix).isEmpty()) {
            throw new CatalogueRuleViolation(CatalogueProblem.BAD_REGION, prefix);
        }
        if (elections == null && prefix.isEmpty()) {
            throw new CatalogueRuleViolation(CatalogueProblem.NATIONAL_DEFAULT_REQUIRED);
        }
        if (elections != null) {
            new ElectionCount(prefix, elections);
        }
        return prefix;
    }

    private void requireNewCode(String code) {
        if (catalogue.find(code).isPresent()) {
            throw new CatalogueRuleViolation(CatalogueProblem.DUPLICATE_CODE, code);
        }
    }

    private KitItem existing(String code) {
        return catalogue.find(code).orElseThrow(() -> new CatalogueRuleViolation(CatalogueProblem.UNKNOWN_ITEM,
                code));
    }

    /** Names of the regions on the way down to the caller's jurisdiction, which it inherits settings from. */
    private Map<String, String> namesAbove(Scope scope) {
        Map<String, String> names = new HashMap<>();
        names.put(NATION, NATION_NAME);
        for (String prefix : scope.sortedPrefixes()) {
            if (!prefix.isEmpty()) {
                regions.path(prefix).forEach(r -> names.put(r.code(), r.name()));
            }
        }
        return names;
    }

    /** Regions a preview reports on: provinces for the nation, … desa for a kecamatan (a desa: itself). */
    static int childLength(String regionPrefix) {
        return switch (regionPrefix.length()) {
            case 0 -> 2;
            case 2 -> 5;
            case 5 -> 8;
            default -> 13;
        };
    }

    private static Map<String, Object> state(KitItem item) {
        return Map.of("formula", item.spec(), "active", item.active());
    }
}
