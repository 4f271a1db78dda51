package id.deskpilkada.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's roles. Login is the portal's own PrimeFaces form handed to Jakarta Security; the mechanism is
 * {@link SessionAuthenticationMechanism}, not the built-in form mechanism (see there why).
 */
@DeclareRoles({"ADMIN", "SECRETARIAT", "LOGISTICS", "SECURITY", "LEADERSHIP"})
@ApplicationScoped
public class PortalSecurity {
}
