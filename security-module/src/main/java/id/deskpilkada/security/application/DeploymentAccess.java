package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.security.domain.SecurityProblem;
import id.deskpilkada.security.domain.SecurityRuleViolation;

/** Who plans deployment and who reads it, and the region codes its services accept. */
final class DeploymentAccess {

    /** Change patterns, the roster, assignments; run the computation that announces gaps. */
    static final Role[] PLANNERS = {Role.SECURITY, Role.ADMIN};
    /** Read plans, rosters and sprint orders. */
    static final Role[] READERS = {Role.SECURITY, Role.LEADERSHIP, Role.ADMIN};
    static final String NATION_NAME = "Indonesia";

    private DeploymentAccess() {
    }

    /** "" for the nation ({@code null}, blank or "-"), otherwise the code as given, trimmed. */
    static String normalized(String regionCode) {
        return regionCode == null || regionCode.isBlank() || "-".equals(regionCode.strip()) ? ""
                : regionCode.strip();
    }

    /**
     * The region's name; call after the scope check (the directory checks it again).
     *
     * @throws SecurityRuleViolation UNKNOWN_REGION for a malformed code or one not in the region tree
     */
    static String nameOf(RegionDirectory regions, String regionCode) {
        if (regionCode.isEmpty()) {
            return NATION_NAME;
        }
        if (!RegionCode.isWellFormed(regionCode)) {
            throw new SecurityRuleViolation(SecurityProblem.UNKNOWN_REGION, regionCode);
        }
        return regions.find(regionCode).map(RegionSummary::name)
                .orElseThrow(() -> new SecurityRuleViolation(SecurityProblem.UNKNOWN_REGION, regionCode));
    }
}
