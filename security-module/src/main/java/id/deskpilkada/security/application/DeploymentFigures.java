package id.deskpilkada.security.application;

import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.events.security.DeploymentPlanned;
import id.deskpilkada.security.domain.DeploymentGap;
import id.deskpilkada.security.domain.DeploymentPlan;
import id.deskpilkada.security.domain.Force;
import id.deskpilkada.security.domain.PersonnelNeed;
import id.deskpilkada.security.domain.PersonnelRollup;
import id.deskpilkada.security.domain.StaffingPattern;
import id.deskpilkada.security.persistence.TpsCategoryCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Need and supply of a region's subtree: the plan fed from the aggregate TPS counts, and the roster's available,
 * standby and assigned personnel rolled up the tree. Holds no database access of its own, so that the
 * arithmetic of the planner is tested without a container.
 */
final class DeploymentFigures {

    private static final int KAB_KOTA_LENGTH = 5;

    private final DeploymentPlan plan;
    private final PersonnelRollup available;
    private final PersonnelRollup standby;
    private final PersonnelRollup assigned;

    DeploymentFigures(DeploymentPlan plan, PersonnelRollup available, PersonnelRollup standby,
                      PersonnelRollup assigned) {
        this.plan = plan;
        this.available = available;
        this.standby = standby;
        this.assigned = assigned;
    }

    /** The plan of the region ({@code ""}: the nation) from one pass over the aggregate counts. */
    static DeploymentPlan plan(TpsCategoryCounts counts, StaffingPattern pattern, String regionCode) {
        DeploymentPlan plan = new DeploymentPlan(pattern);
        counts.forEachUnder(regionCode, plan::add);
        return plan;
    }

    DeploymentPlan plan() {
        return plan;
    }

    DeploymentRow row(String regionCode, String name) {
        return DeploymentRow.of(regionCode, name, plan.tpsByCategory(regionCode), plan.need(regionCode),
                available.of(regionCode), standby.of(regionCode), assigned.of(regionCode));
    }

    /**
     * The plan of every kab/kota (Polres) with TPS at or under the region, in code order: need and available
     * personnel per force, and all personnel assigned to its clusters. A kab/kota only partly in the region (the
     * region is a kecamatan) is left out: its figures here would be those of the part.
     */
    List<DeploymentPlanned> kabKotaPlans(String regionCode) {
        return plan.needs().keySet().stream()
                .filter(code -> code.length() == KAB_KOTA_LENGTH && RegionCode.within(code, regionCode))
                .sorted()
                .map(code -> {
                    PersonnelNeed need = plan.need(code);
                    PersonnelNeed supply = available.of(code);
                    return new DeploymentPlanned(code, need.polri(), need.tni(), need.linmas(), supply.polri(),
                            supply.tni(), supply.linmas(), assigned.of(code).total());
                })
                .toList();
    }

    /**
     * The gaps of every Polres (kab/kota) and Polda (province) region in the plan at or under the region, per
     * force, in region then force order.
     */
    List<DeploymentGap> gapsOfPolresAndPolda(String regionCode) {
        List<DeploymentGap> gaps = new ArrayList<>();
        plan.needs().keySet().stream()
                .filter(code -> (code.length() == 2 || code.length() == KAB_KOTA_LENGTH)
                        && RegionCode.within(code, regionCode))
                .sorted()
                .forEach(code -> {
                    for (Force force : Force.values()) {
                        plan.gap(code, force, available.of(code).of(force), standby.of(code).of(force))
                                .ifPresent(gaps::add);
                    }
                });
        return gaps;
    }
}
