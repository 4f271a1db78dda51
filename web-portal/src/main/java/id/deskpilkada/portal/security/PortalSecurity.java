package id.deskpilkada.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login through Jakarta Security, on the portal's own PrimeFaces login page. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"ADMIN", "SECRETARIAT", "LOGISTICS", "SECURITY", "LEADERSHIP"})
@ApplicationScoped
public class PortalSecurity {
}
