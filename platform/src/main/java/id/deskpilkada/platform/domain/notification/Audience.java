package id.deskpilkada.platform.domain.notification;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.RegionCode;
import id.deskpilkada.platform.domain.tps.VillageRange;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whom one notification reaches: users holding one of {@code roles} whose jurisdiction covers {@code regionCode}
 * (the region or one above it), and every user of {@code agencyId} wherever they sit. The store matches the
 * same rule in SQL ({@link #rolesColumn()}, {@link #regionKey()}); {@link #includes} is its plain form, for
 * pushing to connected users and for tests.
 *
 * @param regionCode {@code ""} for the nation: then only national users are reached by role
 * @param agencyId   {@code null} when no agency is addressed
 */
public record Audience(String regionCode, Set<Role> roles, UUID agencyId) {

    private static final String SEPARATOR = ",";

    public Audience {
        regionCode = regionCode == null ? "" : regionCode.strip();
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean includes(Recipient recipient) {
        boolean byRole = recipient.scope().covers(regionCode)
                && !Collections.disjoint(roles, recipient.roles());
        return byRole || (agencyId != null && agencyId.equals(recipient.agencyId()));
    }

    /**
     * The region as a point of the village-code space ({@code 53.71} → {@code 53.71.00.0000}), so that "inside a
     * jurisdiction" is the range {@link VillageRange#under} of its codes: no real region has a 00 part, so a
     * region sorts inside exactly the ranges of itself and its ancestors. A code of no known shape counts as the
     * nation's: it reaches national users only.
     */
    public String regionKey() {
        String first = VillageRange.NATIONAL.first();
        return RegionCode.isWellFormed(regionCode) ? regionCode + first.substring(regionCode.length()) : first;
    }

    /** The roles as stored, fenced by commas ({@code ,LOGISTICS,SECURITY,}) so that one role is one LIKE. */
    public String rolesColumn() {
        return roles.stream().map(Role::name).sorted()
                .collect(Collectors.joining(SEPARATOR, SEPARATOR, SEPARATOR));
    }

    /** The LIKE pattern that finds a role in {@link #rolesColumn()}. */
    public static String rolePattern(Role role) {
        return "%" + SEPARATOR + role.name() + SEPARATOR + "%";
    }

    public static Set<Role> parseRoles(String column) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String name : column.split(SEPARATOR)) {
            if (!name.isBlank()) {
                parsed.add(Role.valueOf(name));
            }
        }
        return parsed;
    }
}
