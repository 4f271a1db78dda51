package id.deskpilkada.security.application;

import static id.deskpilkada.security.application.DeploymentAccess.PLANNERS;
import static id.deskpilkada.security.application.DeploymentAccess.READERS;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.security.domain.OperationPattern;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;
import id.deskpilkada.security.domain.StaffingPattern;
import id.deskpilkada.security.domain.TeamRule;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import id.deskpilkada.security.persistence.PatternRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staffing patterns per operation, one of them active. A pattern holds for the whole country, so changing one
 * takes a planner or administrator of national jurisdiction; every change is audited.
 */
@ApplicationScoped
@Transactional
public class StaffingPatterns {

    static final String SUBJECT = "staffing-pattern";
    private static final String NATION = "";

    @Inject
    Access access;

    @Inject
    PatternRepository patterns;

    @Inject
    AuditLog audit;

    public List<PatternView> all() {
        access.requireAnyRole(READERS);
        return patterns.all().stream().map(StaffingPatterns::view).toList();
    }

    public PatternView active() {
        access.requireAnyRole(READERS);
        return patterns.active().map(StaffingPatterns::view)
                .orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.NO_ACTIVE_PATTERN));
    }

    /** A new, inactive pattern. */
    public UUID create(PatternDraft draft) {
        requireNationalPlanner();
        StaffingPattern pattern = pattern(draft);
        requireNameFree(draft.name(), null);
        OperationPattern stored = new OperationPattern(draft.name(), pattern);
        patterns.add(stored);
        audit.record("pattern.created", SUBJECT, stored.id().toString(), null, null, state(stored));
        return stored.id();
    }

    /** @param expectedVersion the version the planner edited: a change by somebody else in between is refused */
    public void update(UUID id, long expectedVersion, PatternDraft draft) {
        requireNationalPlanner();
        OperationPattern stored = load(id, expectedVersion);
        StaffingPattern pattern = pattern(draft);
        requireNameFree(draft.name(), id);
        Map<String, Object> before = state(stored);
        stored.change(draft.name(), pattern);
        patterns.changed(stored);
        audit.record("pattern.changed", SUBJECT, id.toString(), null, before, state(stored));
    }

    /** Makes the pattern the one the planner uses; the previously active one is kept, inactive. */
    public void activate(UUID id) {
        requireNationalPlanner();
        String before = patterns.active().map(OperationPattern::name).orElse(null);
        OperationPattern chosen = null;
        for (OperationPattern p : patterns.allLocked()) {
            if (p.id().equals(id)) {
                p.activate();
                chosen = p;
            } else {
                p.deactivate();
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("No staffing pattern " + id);
        }
        audit.record("pattern.activated", SUBJECT, id.toString(), null,
                before == null ? null : Map.of("active", before), Map.of("active", chosen.name()));
    }

    public void delete(UUID id) {
        requireNationalPlanner();
        OperationPattern stored = patterns.find(id)
                .orElseThrow(() -> new IllegalArgumentException("No staffing pattern " + id));
        if (stored.active()) {
            throw new SecurityRuleViolation(SecurityProblem.PATTERN_ACTIVE, stored.name());
        }
        Map<String, Object> before = state(stored);
        patterns.remove(stored);
        audit.record("pattern.deleted", SUBJECT, id.toString(), null, before, null);
    }

    private void requireNationalPlanner() {
        access.requireAnyRole(PLANNERS);
        access.requireWithinScope(NATION);
    }

    private void requireNameFree(String name, UUID exceptId) {
        if (name != null && !name.isBlank() && patterns.nameTaken(name, exceptId)) {
            throw new SecurityRuleViolation(SecurityProblem.DUPLICATE_NAME, name.strip());
        }
    }

    private OperationPattern load(UUID id, long expectedVersion) {
        OperationPattern stored = patterns.find(id)
                .orElseThrow(() -> new IllegalArgumentException("No staffing pattern " + id));
        if (stored.version() != expectedVersion) {
            throw new OptimisticLockException(SecurityProblem.CONCURRENT_CHANGE.english(stored.name()));
        }
        return stored;
    }

    /** The draft as a checked pattern: a rule for every category, no negative personnel, teams of ≥ 1 TPS. */
    static StaffingPattern pattern(PatternDraft draft) {
        Map<VulnerabilityCategory, TeamRule> rules = new EnumMap<>(VulnerabilityCategory.class);
        for (RuleDraft rule : draft.rules() == null ? List.<RuleDraft>of() : draft.rules()) {
            if (rule != null && rule.category() != null) {
                rules.put(rule.category(), new TeamRule(rule.polri(), rule.tpsPerTeam(), rule.linmas()));
            }
        }
        Arrays.stream(VulnerabilityCategory.values()).filter(c -> !rules.containsKey(c)).findFirst()
                .ifPresent(missing -> {
                    throw new SecurityRuleViolation(SecurityProblem.RULE_MISSING, missing);
                });
        return new StaffingPattern(rules, draft.tniPerKecamatan());
    }

    static PatternView view(OperationPattern stored) {
        StaffingPattern pattern = stored.pattern();
        return new PatternView(stored.id(), stored.version(), stored.name(), stored.active(),
                pattern.tniPerKecamatan(), Arrays.stream(VulnerabilityCategory.values()).map(c -> {
                    TeamRule rule = pattern.rule(c);
                    return new RuleDraft(c, rule.polri(), rule.tpsPerTeam(), rule.linmas());
                }).toList());
    }

    private static Map<String, Object> state(OperationPattern stored) {
        Map<String, Object> state = new LinkedHashMap<>();
        PatternView view = view(stored);
        state.put("name", view.name());
        state.put("tniPerKecamatan", view.tniPerKecamatan());
        view.rules().forEach(r -> state.put(r.category().name(), r.polri() + ":" + r.tpsPerTeam() + ":" + r.linmas()));
        return state;
    }
}
