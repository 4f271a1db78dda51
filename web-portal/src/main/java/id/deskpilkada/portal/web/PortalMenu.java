package id.deskpilkada.portal.web;

import id.deskpilkada.platform.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/**
 * The side menu, built from the caller's roles. The same roles guard the pages themselves (web.xml),
 * so a hidden entry is never the only protection.
 */
@Named
@RequestScoped
public class PortalMenu {

    record Entry(String labelKey, String outcome, String icon, Set<Role> roles) {
    }

    record Section(String labelKey, List<Entry> entries) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("menu.section.general", List.of(
                    new Entry("menu.home", "/index.xhtml", "pi pi-home", EnumSet.allOf(Role.class)),
                    new Entry("menu.desk.dashboard", "/desk/dashboard.xhtml", "pi pi-chart-pie",
                            EnumSet.allOf(Role.class)),
                    new Entry("menu.notifications", "/notifications.xhtml", "pi pi-bell",
                            EnumSet.allOf(Role.class)))),
            new Section("menu.section.meeting", List.of(
                    new Entry("menu.meeting.list", "/meeting/list.xhtml", "pi pi-calendar",
                            EnumSet.of(Role.SECRETARIAT, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.meeting.myActions", "/actions.xhtml", "pi pi-check-square",
                            EnumSet.allOf(Role.class)),
                    new Entry("menu.meeting.proposals", "/meeting/proposals.xhtml", "pi pi-list",
                            EnumSet.of(Role.SECRETARIAT, Role.LEADERSHIP, Role.ADMIN)))),
            new Section("menu.section.logistics", List.of(
                    new Entry("menu.logistics.readiness", "/logistics/readiness.xhtml", "pi pi-chart-bar",
                            EnumSet.of(Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.logistics.shipments", "/logistics/shipments.xhtml", "pi pi-send",
                            EnumSet.of(Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.logistics.plan", "/logistics/plan.xhtml", "pi pi-plus-circle",
                            EnumSet.of(Role.LOGISTICS, Role.ADMIN)),
                    new Entry("menu.logistics.risks", "/logistics/risks.xhtml", "pi pi-exclamation-triangle",
                            EnumSet.of(Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.logistics.late", "/logistics/late.xhtml", "pi pi-clock",
                            EnumSet.of(Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.logistics.stock", "/logistics/stock.xhtml", "pi pi-box",
                            EnumSet.of(Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.logistics.catalogue", "/logistics/catalogue.xhtml", "pi pi-book",
                            EnumSet.of(Role.LOGISTICS, Role.ADMIN)))),
            new Section("menu.section.security", List.of(
                    new Entry("menu.security.incidents", "/security/incidents.xhtml", "pi pi-bolt",
                            EnumSet.allOf(Role.class)),
                    new Entry("menu.security.escorts", "/security/escorts.xhtml", "pi pi-car",
                            EnumSet.of(Role.SECURITY, Role.LOGISTICS, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.tasks", "/security/tasks.xhtml", "pi pi-check-circle",
                            EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.routes", "/security/routes.xhtml", "pi pi-truck",
                            EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.deployment", "/security/deployment.xhtml", "pi pi-shield",
                            EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.roster", "/security/roster.xhtml", "pi pi-id-card",
                            EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.patterns", "/security/patterns.xhtml", "pi pi-sliders-h",
                            EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.vulnerability", "/security/vulnerability.xhtml",
                            "pi pi-exclamation-circle", EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.vulnerabilityImport", "/security/vulnerability-import.xhtml",
                            "pi pi-file-import", EnumSet.of(Role.SECURITY, Role.ADMIN)),
                    new Entry("menu.security.vulnerabilityRules", "/security/vulnerability-rules.xhtml",
                            "pi pi-list-check", EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)),
                    new Entry("menu.security.index", "/security/index.xhtml", "pi pi-chart-line",
                            EnumSet.of(Role.SECURITY, Role.LEADERSHIP, Role.ADMIN)))),
            new Section("menu.section.reference", List.of(
                    new Entry("menu.regions", "/regions/tree.xhtml", "pi pi-map", EnumSet.allOf(Role.class)),
                    new Entry("menu.tps", "/regions/tps.xhtml", "pi pi-inbox", EnumSet.allOf(Role.class)),
                    new Entry("menu.agencies", "/regions/agencies.xhtml", "pi pi-building",
                            EnumSet.allOf(Role.class)))),
            new Section("menu.section.admin", List.of(
                    new Entry("menu.admin.regionImport", "/admin/region-import.xhtml", "pi pi-upload",
                            EnumSet.of(Role.ADMIN)),
                    new Entry("menu.admin.tpsImport", "/admin/tps-import.xhtml", "pi pi-file-import",
                            EnumSet.of(Role.ADMIN)),
                    new Entry("menu.admin.users", "/admin/users.xhtml", "pi pi-users", EnumSet.of(Role.ADMIN)),
                    new Entry("menu.admin.audit", "/admin/audit.xhtml", "pi pi-shield", EnumSet.of(Role.ADMIN)),
                    new Entry("menu.admin.events", "/admin/events.xhtml", "pi pi-sitemap",
                            EnumSet.of(Role.ADMIN)),
                    new Entry("menu.admin.stages", "/admin/stages.xhtml", "pi pi-flag", EnumSet.of(Role.ADMIN)))),
            new Section("menu.section.account", List.of(
                    new Entry("menu.account.password", "/account/password.xhtml", "pi pi-key",
                            EnumSet.allOf(Role.class)))));

    @Inject
    CurrentUser user;

    @Inject
    Messages messages;

    private MenuModel model;

    @PostConstruct
    void build() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(user.getRoles());
        model = new DefaultMenuModel();
        for (Section section : SECTIONS) {
            List<Entry> visible = section.entries().stream()
                    .filter(e -> e.roles().stream().anyMatch(roles::contains))
                    .toList();
            if (visible.isEmpty()) {
                continue;
            }
            DefaultSubMenu submenu = DefaultSubMenu.builder().label(messages.get(section.labelKey())).build();
            visible.forEach(e -> submenu.getElements().add(DefaultMenuItem.builder()
                    .value(messages.get(e.labelKey())).icon(e.icon()).outcome(e.outcome()).build()));
            model.getElements().add(submenu);
        }
    }

    public MenuModel getModel() {
        return model;
    }
}
