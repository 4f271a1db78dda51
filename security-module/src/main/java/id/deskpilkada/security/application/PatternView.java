package id.deskpilkada.security.application;

import java.util.List;
import java.util.UUID;

/** A stored staffing pattern with its rules in category order. */
public record PatternView(UUID id, long version, String name, boolean active, int tniPerKecamatan,
                          List<RuleDraft> rules) {
}
