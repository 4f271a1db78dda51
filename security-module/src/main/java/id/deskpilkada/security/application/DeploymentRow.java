package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.PersonnelNeed;
import id.deskpilkada.security.domain.TpsByCategory;

/**
 * One region of the deployment plan: TPS per category, personnel needed, available and standby in the units of
 * the region and below it, assigned to its clusters, and what is missing.
 *
 * @param gap        need not covered by available personnel; none at a desa (no unit sits there)
 * @param unassigned need not yet covered by team assignments
 */
public record DeploymentRow(String regionCode, String name, TpsByCategory tps, PersonnelNeed need,
                            PersonnelNeed available, PersonnelNeed standby, PersonnelNeed assigned, PersonnelNeed gap,
                            PersonnelNeed unassigned) {

    static final int DESA_LENGTH = 13;

    static DeploymentRow of(String regionCode, String name, TpsByCategory tps, PersonnelNeed need,
                            PersonnelNeed available, PersonnelNeed standby, PersonnelNeed assigned) {
        boolean desa = regionCode.length() == DESA_LENGTH;
        return new DeploymentRow(regionCode, name, tps, need, available, standby, assigned,
                desa ? PersonnelNeed.NONE : need.shortOf(available), need.shortOf(assigned));
    }

    public boolean hasGap() {
        return gap.total() > 0;
    }

    /** Whether units sit at this level (every level but the desa): available, standby and gap apply. */
    public boolean rosterLevel() {
        return regionCode.length() < DESA_LENGTH;
    }

    /** Whether teams are assigned here: a kecamatan or a desa. */
    public boolean cluster() {
        return regionCode.length() == 8 || regionCode.length() == DESA_LENGTH;
    }
}
