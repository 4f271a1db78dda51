package id.deskpilkada.security.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Personnel by force summed up the region tree: what is added at a region counts for it and every region above
 * it (a Polres at 53.71 for Kota Kupang, NTT and the nation, not for Kota Kupang's kecamatan).
 */
public final class PersonnelRollup {

    private final Map<String, PersonnelNeed> totals = new HashMap<>();

    public void add(String regionCode, Force force, long personnel) {
        PersonnelNeed added = PersonnelNeed.of(force, personnel);
        for (String region : RegionPrefixes.selfAndAbove(regionCode)) {
            totals.merge(region, added, PersonnelNeed::plus);
        }
    }

    public PersonnelNeed of(String regionCode) {
        return totals.getOrDefault(regionCode, PersonnelNeed.NONE);
    }
}
