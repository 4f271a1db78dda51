package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccountService;
import id.deskpilkada.platform.application.AuthenticatedUser;
import id.deskpilkada.platform.domain.Role;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The logged-in user as the shell shows it: name, roles, logout. */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext security;

    @Inject
    transient AccountService accounts;

    private AuthenticatedUser user;

    public String getUsername() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    public String getFullName() {
        return account() == null ? getUsername() : account().fullName();
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(this::hasRole).toList();
    }

    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    private AuthenticatedUser account() {
        if (user == null && getUsername() != null) {
            user = accounts.find(getUsername()).orElse(null);
        }
        return user;
    }
}
