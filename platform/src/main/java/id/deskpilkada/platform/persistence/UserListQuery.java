package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JPQL condition of the user list: free text in username or full name, a role, locked or not, and the
 * administrator's reach. An administrator who is not national sees only accounts whose whole jurisdiction
 * lies inside theirs: accounts with at least one jurisdiction code and none outside the reach.
 *
 * @param where      {@code ""} or {@code " where …"} over the alias {@code u}
 * @param parameters values of the named parameters used in {@code where}
 */
public record UserListQuery(String where, Map<String, Object> parameters) {

    public UserListQuery {
        parameters = Map.copyOf(parameters);
    }

    public static UserListQuery of(String text, Role role, Boolean locked, Scope reach) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(u.username) like :text escape '!' or lower(u.fullName) like :text escape '!')");
            parameters.put("text", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (role != null) {
            conditions.add(":role member of u.roles");
            parameters.put("role", role);
        }
        if (locked != null) {
            conditions.add(locked ? "u.lockedAt is not null" : "u.lockedAt is null");
        }
        if (!reach.isNational()) {
            // "is not empty" would be shorter, but EclipseLink turns it into a cross join in count queries
            conditions.add("exists (select a.id from UserAccount a join a.jurisdiction code where a.id = u.id)"
                    + " and not exists (select o.id from UserAccount o join o.jurisdiction j where o.id = u.id"
                    + " and not (" + withinReach(reach, parameters) + "))");
        }
        return new UserListQuery(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions),
                parameters);
    }

    /** A jurisdiction code {@code j} is one of the reach's prefixes or lies under one; false for no prefix. */
    private static String withinReach(Scope reach, Map<String, Object> parameters) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add("1 = 0");
        List<String> prefixes = reach.sortedPrefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            alternatives.add("j = :reach" + i + " or j like :under" + i + " escape '!'");
            parameters.put("reach" + i, prefixes.get(i));
            parameters.put("under" + i, escapeLike(prefixes.get(i)) + ".%");
        }
        return String.join(" or ", alternatives);
    }

    static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
