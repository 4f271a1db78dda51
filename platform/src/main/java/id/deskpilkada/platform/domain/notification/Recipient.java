package id.deskpilkada.platform.domain.notification;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.UserAccount;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A user as notifications see them: roles, jurisdiction and agency.
 *
 * @param agencyId {@code null} when the account names no agency
 */
public record Recipient(UUID userId, String username, Set<Role> roles, Scope scope, UUID agencyId) {

    public Recipient {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Recipient of(UserAccount account) {
        return new Recipient(account.id(), account.username(), account.roles(), new Scope(account.jurisdiction()),
                account.agencyId().orElse(null));
    }
}
