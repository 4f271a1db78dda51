package id.deskpilkada.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The staffing pattern of one named operation (e.g. "Operasi Mantap Praja 2024"), as stored: a team rule per
 * TPS category and TNI support per kecamatan. One pattern is active; the planner uses that one.
 */
@Entity
@Table(name = "sec_pattern")
public class OperationPattern {

    public static final int MAX_NAME = 100;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String name;

    /** Y or N, as the column holds it (H2 and PostgreSQL compare booleans bound as 1/0 differently). */
    @Column(nullable = false)
    private String active;

    @Column(name = "tni_per_kecamatan", nullable = false)
    private int tniPerKecamatan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sec_pattern_rule", joinColumns = @JoinColumn(name = "pattern_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<VulnerabilityCategory, PatternRule> rules = new HashMap<>();

    protected OperationPattern() {
    }

    /** A new, inactive pattern; the rules were checked when {@code pattern} was built. */
    public OperationPattern(String name, StaffingPattern pattern) {
        this.id = UUID.randomUUID();
        this.active = "N";
        change(name, pattern);
    }

    public void change(String newName, StaffingPattern pattern) {
        this.name = Names.required(newName, MAX_NAME);
        this.tniPerKecamatan = pattern.tniPerKecamatan();
        for (VulnerabilityCategory category : VulnerabilityCategory.values()) {
            rules.computeIfAbsent(category, c -> new PatternRule()).set(pattern.rule(category));
        }
    }

    public StaffingPattern pattern() {
        Map<VulnerabilityCategory, TeamRule> teamRules = new EnumMap<>(VulnerabilityCategory.class);
        rules.forEach((category, rule) -> teamRules.put(category, rule.rule()));
        return new StaffingPattern(teamRules, tniPerKecamatan);
    }

    public void activate() {
        active = "Y";
    }

    public void deactivate() {
        active = "N";
    }

    public boolean active() {
        return "Y".equals(active);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }
}
