package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.agency.AgencyFilter;
import id.deskpilkada.platform.application.agency.AgencyService;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.agency.AgencyType;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.security.application.AssignmentLine;
import id.deskpilkada.security.application.Roster;
import id.deskpilkada.security.application.SprintOrder;
import id.deskpilkada.security.application.TeamAssignments;
import id.deskpilkada.security.application.UnitView;
import id.deskpilkada.security.domain.UnitKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The roster: units of the caller's jurisdiction (lazy, narrowed to a region), the dialog that creates and changes
 * a unit (kind, name, region, optional agency, available and standby), and a unit's team assignments with their
 * removal. Teams are assigned from the deployment plan, where the need of each kecamatan and desa shows.
 */
@Named
@ViewScoped
public class RosterList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Units sit at a province, kab/kota or kecamatan. */
    private static final int UNIT_LEVELS = 3;
    private static final int AGENCY_CHOICES = 50;

    @Inject
    transient Roster roster;

    @Inject
    transient TeamAssignments teams;

    @Inject
    transient AgencyService agencies;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient CurrentUser user;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private String regionFilter;
    private PagedList<UnitView> rows;
    private final UnitForm unit = new UnitForm();
    private List<SelectItem> agencyChoices = List.of();
    private SprintOrder teamsOfUnit;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> roster.page(filterCode(), first, max),
                () -> roster.count(filterCode()));
    }

    public boolean isEditable() {
        return user.hasRole(Role.SECURITY) || user.hasRole(Role.ADMIN);
    }

    private String filterCode() {
        String code = RegionChoice.codeOf(regionFilter);
        return code != null && RegionCode.isWellFormed(code) ? code : "";
    }

    public List<String> completeRegion(String query) {
        return RegionChoice.suggestions(regions, query, UNIT_LEVELS);
    }

    public void newUnit() {
        unit.clear();
        refreshAgencies();
    }

    public void edit(UnitView view) {
        unit.load(view);
        refreshAgencies();
    }

    /** The agencies of the unit's kind at its region, to link the unit to (optional). */
    public void refreshAgencies() {
        String code = unit.getRegionCode();
        if (unit.getKind() == null || code == null || !RegionCode.isWellFormed(code)) {
            agencyChoices = List.of();
            return;
        }
        agencyChoices = agencies.page(new AgencyFilter(code, AgencyType.valueOf(unit.getKind().name()), null, false),
                        0, AGENCY_CHOICES).stream().filter(a -> a.regionCode().equals(code))
                .map(a -> new SelectItem(a.id().toString(), a.name())).toList();
    }

    public void save() {
        boolean creating = unit.isCreating();
        if (changes.attempt(() -> {
            if (creating) {
                roster.create(unit.draft());
            } else {
                roster.update(unit.getId(), unit.getVersion(), unit.draft());
            }
        })) {
            feedback.info(creating ? "roster.saved.created" : "roster.saved.changed", unit.getName());
        }
    }

    public void delete(UnitView view) {
        if (changes.attempt(() -> roster.delete(view.id()))) {
            feedback.info("roster.saved.deleted", view.name());
        }
    }

    public void openTeams(UnitView view) {
        teamsOfUnit = teams.sprintOrder(view.id());
    }

    public void unassign(AssignmentLine line) {
        if (changes.attempt(() -> teams.unassign(line.id()))) {
            feedback.info("roster.saved.unassigned", line.teamName());
        }
        teamsOfUnit = teams.sprintOrder(teamsOfUnit.unit().id());
    }

    public List<UnitKind> getKinds() {
        return List.of(UnitKind.values());
    }

    public String getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(String regionFilter) {
        this.regionFilter = regionFilter;
    }

    public PagedList<UnitView> getRows() {
        return rows;
    }

    public UnitForm getUnit() {
        return unit;
    }

    public List<SelectItem> getAgencyChoices() {
        return agencyChoices;
    }

    public SprintOrder getTeamsOfUnit() {
        return teamsOfUnit;
    }
}
