package id.deskpilkada.platform.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account may do and where: its roles, its jurisdiction (region-code prefixes, {@code ""} = the
 * nation) and whether it can log in. The administration rules compare it before and after a change.
 */
public record AccountState(Set<Role> roles, Set<String> jurisdiction, boolean active) {

    public AccountState {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        jurisdiction = Set.copyOf(jurisdiction);
    }

    /** An administrator of the whole nation who can log in: the kind of account that must never run out. */
    public boolean isActiveNationalAdmin() {
        return active && roles.contains(Role.ADMIN) && jurisdiction.contains("");
    }

    public AccountState withRolesAndJurisdiction(Set<Role> newRoles, Set<String> newJurisdiction) {
        return new AccountState(newRoles, newJurisdiction, active);
    }

    public AccountState withActive(boolean newActive) {
        return new AccountState(roles, jurisdiction, newActive);
    }
}
