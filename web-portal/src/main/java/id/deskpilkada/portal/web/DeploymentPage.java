package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.security.application.AssignmentDraft;
import id.deskpilkada.security.application.DeploymentPlanning;
import id.deskpilkada.security.application.DeploymentRow;
import id.deskpilkada.security.application.Recomputation;
import id.deskpilkada.security.application.RegionDeployment;
import id.deskpilkada.security.application.TeamAssignments;
import id.deskpilkada.security.application.UnitView;
import id.deskpilkada.security.domain.Force;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The deployment plan of a region and the regions below it (national → province → kab/kota → kecamatan → desa,
 * by clicking a row): TPS per category, need, available, standby, assigned and gap per force; "compute" for
 * planners, who also send teams of a unit to a kecamatan or desa from its row.
 */
@Named
@ViewScoped
public class DeploymentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeploymentPlanning planning;

    @Inject
    transient TeamAssignments teams;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient CurrentUser user;

    private String region;
    private RegionDeployment current;
    private List<RegionSummary> path = List.of();

    private DeploymentRow target;
    private List<UnitView> units = List.of();
    private String unitId;
    private String teamName;
    private Integer personnel;

    /** f:viewAction: the region of the "r" parameter, or the top of the user's jurisdiction. */
    public void load() {
        if ("-".equals(region)) {
            region = "";
        } else if (region == null || region.isBlank()) {
            region = planning.topOfJurisdiction();
        }
        current = planning.plan(region);
        path = region.isEmpty() ? List.of() : regions.path(region);
    }

    public boolean isPlanner() {
        return user.hasRole(Role.SECURITY) || user.hasRole(Role.ADMIN);
    }

    /** "Hitung ulang": the plan afresh, and new or changed gaps of Polres and Polda regions announced. */
    public void recompute() {
        changes.attempt(() -> {
            Recomputation outcome = planning.recompute(region);
            current = outcome.plan();
            feedback.info("deployment.computed", outcome.gaps().size(), outcome.announced(), outcome.closed());
        });
    }

    /** Opens the assignment dialog for a kecamatan or desa row: the units that may send a team there. */
    public void openAssign(DeploymentRow row) {
        target = row;
        units = teams.unitsCovering(row.regionCode());
        unitId = units.isEmpty() ? null : units.get(0).id().toString();
        teamName = null;
        personnel = null;
        suggestPersonnel();
    }

    /** What is still unassigned in the cluster of the chosen unit's force, at least one. */
    public void suggestPersonnel() {
        units.stream().filter(u -> u.id().toString().equals(unitId)).findFirst()
                .ifPresent(u -> personnel = (int) Math.max(1, target.unassigned().of(u.force())));
    }

    public void assign() {
        if (changes.attempt(() -> teams.assign(new AssignmentDraft(unitId == null ? null : UUID.fromString(unitId),
                teamName, target.regionCode(), personnel == null ? 0 : personnel)))) {
            feedback.info("deployment.assigned", teamName, target.name());
            current = planning.plan(region);
        }
    }

    public String exportFileName() {
        return "rencana-pengamanan-" + (region.isEmpty() ? "nasional" : region);
    }

    public List<Force> getForces() {
        return List.of(Force.values());
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public RegionDeployment getCurrent() {
        return current;
    }

    public List<RegionSummary> getPath() {
        return path;
    }

    public DeploymentRow getTarget() {
        return target;
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public Integer getPersonnel() {
        return personnel;
    }

    public void setPersonnel(Integer personnel) {
        this.personnel = personnel;
    }
}
