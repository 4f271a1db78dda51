package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;

/**
 * Filters of the user list; null means "any".
 *
 * @param text   part of the username or the full name, case-insensitive
 * @param locked true: only locked accounts, false: only accounts that are not locked
 */
public record UserFilter(String text, Role role, Boolean locked) {

    public static final UserFilter ALL = new UserFilter(null, null, null);
}
