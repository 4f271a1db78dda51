package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.UserAccount;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An account as the audit trail records it before and after a change. Deliberately without the password
 * hash: the trail is read by administrators and kept for years, a hash in it would be an offline target.
 */
public record UserAuditState(String username, String fullName, List<String> roles, List<String> jurisdiction,
                             boolean active, boolean locked, int failedLogins, LocalDateTime passwordChangedAt) {

    public static UserAuditState of(UserAccount account) {
        return new UserAuditState(account.username(), account.fullName(),
                account.roles().stream().map(Role::name).sorted().toList(),
                account.jurisdiction().stream().sorted().toList(),
                account.active(), account.locked(), account.failedLogins(), account.passwordChangedAt());
    }
}
