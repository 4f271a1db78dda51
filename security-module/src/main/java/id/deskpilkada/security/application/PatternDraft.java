package id.deskpilkada.security.application;

import java.util.List;

/** A staffing pattern as the editor or a script sends it: a rule for every category, TNI per kecamatan. */
public record PatternDraft(String name, int tniPerKecamatan, List<RuleDraft> rules) {
}
