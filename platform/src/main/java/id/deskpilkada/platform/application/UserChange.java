package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import java.util.Set;

/** An administrator's edit of an account: its name, roles and jurisdiction, all given in full. */
public record UserChange(String fullName, Set<Role> roles, Set<String> jurisdiction) {
}
