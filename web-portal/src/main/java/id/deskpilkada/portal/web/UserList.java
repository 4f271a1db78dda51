package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.CreatedUser;
import id.deskpilkada.platform.application.JurisdictionRegion;
import id.deskpilkada.platform.application.NewUser;
import id.deskpilkada.platform.application.OneTimePassword;
import id.deskpilkada.platform.application.RuleViolation;
import id.deskpilkada.platform.application.UserAdministration;
import id.deskpilkada.platform.application.UserChange;
import id.deskpilkada.platform.application.UserFilter;
import id.deskpilkada.platform.application.UserSummary;
import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;

/**
 * The administrator's user list: filters, a create/edit dialog, and unlock, (de)activate and password reset
 * per row. The rules (who may be managed, the last national administrator, one's own account) live in
 * {@link UserAdministration}; this bean only collects input and shows the answer.
 */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;
    private static final String TABLE = "usersForm:users";
    private static final String PAGE_MESSAGES = "usersForm:messages";

    @Inject
    transient UserAdministration users;

    @Inject
    transient RegionDirectory regionDirectory;

    @Inject
    transient Access access;

    @Inject
    transient FacesFeedback feedback;

    private PagedList<UserSummary> rows;
    private boolean callerNational;

    private String text;
    private Role role;
    private Boolean locked;

    private boolean creating;
    private String username;
    private String fullName;
    private Role[] roles = {};
    private boolean national;
    private List<JurisdictionRegion> regions = new ArrayList<>();
    private boolean generatePassword = true;
    private String initialPassword;

    /** A generated password waiting to be read off the dialog; forgotten as soon as the dialog closes. */
    private OneTimePassword issued;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> users.page(currentFilter(), first, max),
                () -> users.count(currentFilter()));
        callerNational = access.scope().isNational();
    }

    /** Filters changed: start again at the first page. */
    public void filtersChanged() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void startCreate() {
        creating = true;
        username = null;
        fullName = null;
        roles = new Role[0];
        national = false;
        regions = new ArrayList<>();
        generatePassword = true;
        initialPassword = null;
    }

    public void startEdit(String editedUsername) {
        UserSummary user = users.find(editedUsername);
        creating = false;
        username = user.username();
        fullName = user.fullName();
        roles = user.roles().toArray(Role[]::new);
        national = user.jurisdiction().stream().anyMatch(j -> j.code().isEmpty());
        regions = new ArrayList<>(user.jurisdiction().stream().filter(j -> !j.code().isEmpty()).toList());
        initialPassword = null;
    }

    public void save() {
        Set<Role> chosenRoles = roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
        if (creating) {
            attempt(() -> users.create(new NewUser(username, fullName, chosenRoles, jurisdiction(),
                    generatePassword ? null : initialPassword))).ifPresent(this::created);
        } else {
            attempt(() -> users.change(username, new UserChange(fullName, chosenRoles, jurisdiction())))
                    .ifPresent(u -> saved("user.changed", u.username()));
        }
    }

    /** A refusal stays in the dialog, which stays open; a success shows on the page with the list renewed. */
    private void saved(String messageKey, String savedUsername) {
        feedback.info(messageKey, savedUsername);
        PrimeFaces.current().ajax().update(PAGE_MESSAGES, TABLE);
    }

    private void created(CreatedUser created) {
        initialPassword = null;
        if (created.generatedPassword() != null) {
            issue(new OneTimePassword(created.user().username(), created.generatedPassword()));
        }
        saved("user.created", created.user().username());
    }

    public void unlock(String target) {
        attempt(() -> users.unlock(target)).ifPresent(u -> feedback.info("user.unlocked", u.username()));
    }

    public void deactivate(String target) {
        attempt(() -> users.deactivate(target)).ifPresent(u -> feedback.info("user.deactivated", u.username()));
    }

    public void activate(String target) {
        attempt(() -> users.activate(target)).ifPresent(u -> feedback.info("user.activated", u.username()));
    }

    public void resetPassword(String target) {
        attempt(() -> users.resetPassword(target)).ifPresent(this::issue);
    }

    public void forgetIssuedPassword() {
        issued = null;
    }

    /** Regions for the jurisdiction picker: by code prefix or name, within the caller's own jurisdiction. */
    public List<JurisdictionRegion> completeRegion(String query) {
        Set<String> chosen = regions.stream().map(JurisdictionRegion::code).collect(Collectors.toSet());
        return regionDirectory.search(query, SUGGESTIONS).stream()
                .filter(r -> !chosen.contains(r.code()))
                .map(r -> new JurisdictionRegion(r.code(), r.name()))
                .toList();
    }

    private Set<String> jurisdiction() {
        if (national) {
            return Set.of("");
        }
        return regions.stream().map(JurisdictionRegion::code).collect(Collectors.toSet());
    }

    private void issue(OneTimePassword password) {
        issued = password;
        PrimeFaces.current().ajax().addCallbackParam("passwordIssued", true);
    }

    private UserFilter currentFilter() {
        return new UserFilter(text, role, locked);
    }

    /** Runs a service call; a refused rule becomes a message in the user's language instead of an error page. */
    private <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (RuleViolation refused) {
            feedback.refused(refused);
            return Optional.empty();
        }
    }

    /** The user's roles as the list names them, for the Excel export. */
    public String rolesText(UserSummary user) {
        return user.roles().stream().map(r -> feedback.text("role." + r.name())).collect(Collectors.joining(", "));
    }

    /** The user's jurisdiction as the list names it ("53.71 Kota Kupang, …"), for the Excel export. */
    public String jurisdictionText(UserSummary user) {
        return user.jurisdiction().stream().map(j -> j.code().isEmpty() ? feedback.text("user.national")
                : j.code() + " " + j.name()).collect(Collectors.joining(", "));
    }

    public PagedList<UserSummary> getRows() {
        return rows;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public boolean isCallerNational() {
        return callerNational;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getLocked() {
        return locked;
    }

    public void setLocked(Boolean locked) {
        this.locked = locked;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles;
    }

    public boolean isNational() {
        return national;
    }

    public void setNational(boolean national) {
        this.national = national;
    }

    public List<JurisdictionRegion> getRegions() {
        return regions;
    }

    public void setRegions(List<JurisdictionRegion> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public boolean isGeneratePassword() {
        return generatePassword;
    }

    public void setGeneratePassword(boolean generatePassword) {
        this.generatePassword = generatePassword;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public OneTimePassword getIssued() {
        return issued;
    }
}
