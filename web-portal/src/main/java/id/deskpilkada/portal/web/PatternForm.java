package id.deskpilkada.portal.web;

import id.deskpilkada.security.application.PatternDraft;
import id.deskpilkada.security.application.PatternView;
import id.deskpilkada.security.application.RuleDraft;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The pattern dialog's fields: a name, TNI per kecamatan and one editable rule per category. */
public class PatternForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;
    private long version;
    private String name;
    private Integer tniPerKecamatan;
    private List<Rule> rules = List.of();

    void clear() {
        id = null;
        version = 0;
        name = null;
        tniPerKecamatan = 3;
        rules = Arrays.stream(VulnerabilityCategory.values()).map(c -> new Rule(c, 2, 1, 2)).toList();
    }

    /** @param asCopy a new pattern starting from this one's rules */
    void load(PatternView pattern, boolean asCopy) {
        id = asCopy ? null : pattern.id();
        version = pattern.version();
        name = asCopy ? null : pattern.name();
        tniPerKecamatan = pattern.tniPerKecamatan();
        rules = pattern.rules().stream().map(r -> new Rule(r.category(), r.polri(), r.tpsPerTeam(), r.linmas()))
                .toList();
    }

    PatternDraft draft() {
        return new PatternDraft(name, tniPerKecamatan == null ? 0 : tniPerKecamatan,
                rules.stream().map(Rule::draft).toList());
    }

    public boolean isCreating() {
        return id == null;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getTniPerKecamatan() {
        return tniPerKecamatan;
    }

    public void setTniPerKecamatan(Integer tniPerKecamatan) {
        this.tniPerKecamatan = tniPerKecamatan;
    }

    public List<Rule> getRules() {
        return rules;
    }

    /** One category's line: Polri per team : TPS per team : Linmas per team. */
    public static class Rule implements Serializable {

        private static final long serialVersionUID = 1L;

        private final VulnerabilityCategory category;
        private Integer polri;
        private Integer tpsPerTeam;
        private Integer linmas;

        Rule(VulnerabilityCategory category, int polri, int tpsPerTeam, int linmas) {
            this.category = category;
            this.polri = polri;
            this.tpsPerTeam = tpsPerTeam;
            this.linmas = linmas;
        }

        RuleDraft draft() {
            return new RuleDraft(category, value(polri), value(tpsPerTeam), value(linmas));
        }

        private static int value(Integer number) {
            return number == null ? 0 : number;
        }

        public VulnerabilityCategory getCategory() {
            return category;
        }

        public Integer getPolri() {
            return polri;
        }

        public void setPolri(Integer polri) {
            this.polri = polri;
        }

        public Integer getTpsPerTeam() {
            return tpsPerTeam;
        }

        public void setTpsPerTeam(Integer tpsPerTeam) {
            this.tpsPerTeam = tpsPerTeam;
        }

        public Integer getLinmas() {
            return linmas;
        }

        public void setLinmas(Integer linmas) {
            this.linmas = linmas;
        }
    }
}
