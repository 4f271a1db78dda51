package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import java.util.Set;

/** The result of a successful login. */
public record AuthenticatedUser(String username, String fullName, Set<Role> roles) {
}
