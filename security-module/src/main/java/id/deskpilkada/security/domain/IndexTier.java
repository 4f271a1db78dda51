package id.deskpilkada.security.domain;

import id.deskpilkada.platform.domain.region.RegionCode;

/** The regions a vulnerability index is assessed for; each has its own thresholds. */
public enum IndexTier {
    PROVINSI(2),
    KABKOTA(5);

    private final int codeLength;

    IndexTier(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public static IndexTier of(String regionCode) {
        for (IndexTier tier : values()) {
            if (RegionCode.isWellFormed(regionCode) && regionCode.length() == tier.codeLength) {
                return tier;
            }
        }
        throw new SecurityRuleViolation(SecurityProblem.NOT_INDEX_REGION, regionCode);
    }
}
