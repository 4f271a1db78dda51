package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A user as the administration list and the REST API show it (never the password hash). Times in UTC.
 *
 * @param roles        in the order of {@link Role}
 * @param jurisdiction in code order
 * @param agencyId     the agency the user works for, or null
 */
public record UserSummary(UUID id, String username, String fullName, List<Role> roles,
                          List<JurisdictionRegion> jurisdiction, boolean active, boolean locked, int failedLogins,
                          LocalDateTime lockedAt, LocalDateTime createdAt, LocalDateTime passwordChangedAt,
                          UUID agencyId) {
}
