package id.deskpilkada.logistics.domain;

import id.deskpilkada.platform.domain.region.RegionCode;

/**
 * How many elections a region holds — the gubernur's, and the bupati's or wali kota's where the kab/kota has
 * its own — set for the nation (""), a province or a kab/kota; a region without a setting inherits the one
 * of the nearest region above it.
 */
public record ElectionCount(String regionPrefix, int elections) {

    public static final int MAX_ELECTIONS = 5;

    /** @throws CatalogueRuleViolation for another region level or a number out of range */
    public ElectionCount {
        regionPrefix = checkedPrefix(regionPrefix);
        if (elections < 1 || elections > MAX_ELECTIONS) {
            throw new CatalogueRuleViolation(CatalogueProblem.BAD_ELECTIONS, String.valueOf(elections));
        }
    }

    /** The nation (""), a province or a kab/kota code, stripped. */
    public static String checkedPrefix(String regionPrefix) {
        String prefix = regionPrefix == null ? "" : regionPrefix.strip();
        if (!prefix.isEmpty() && !(RegionCode.isWellFormed(prefix) && prefix.length() <= 5)) {
            throw new CatalogueRuleViolation(CatalogueProblem.BAD_REGION, prefix);
        }
        return prefix;
    }
}
