package id.deskpilkada.platform.application;

import java.util.List;

/**
 * Who the caller is, as the REST API's {@code /me} shows it.
 *
 * @param roles        role names, sorted
 * @param jurisdiction region-code prefixes, sorted; {@code ""} is the nation
 */
public record AccountProfile(String username, String fullName, List<String> roles, List<String> jurisdiction) {
}
