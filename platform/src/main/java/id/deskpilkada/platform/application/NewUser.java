package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import java.util.Set;

/**
 * An administrator's request for a new account.
 *
 * @param jurisdiction    region codes, or {@code ""} for the nation
 * @param initialPassword the administrator's choice (checked against the policy), or null/empty to have
 *                        one generated and shown once
 */
public record NewUser(String username, String fullName, Set<Role> roles, Set<String> jurisdiction,
                      String initialPassword) {
}
