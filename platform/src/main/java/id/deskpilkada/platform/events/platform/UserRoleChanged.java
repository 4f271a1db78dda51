package id.deskpilkada.platform.events.platform;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventType;
import java.util.List;

/**
 * A user was given roles and a jurisdiction: at creation, or when an administrator changed either. Modules
 * that keep their own list of people (task owners, notification recipients) update it from here.
 *
 * @param regionCode   the first jurisdiction code in code order, {@code ""} for a national user
 * @param roles        role names after the change, sorted
 * @param jurisdiction region-code prefixes after the change, sorted; {@code ""} is the nation
 */
@EventType("platform.UserRoleChanged")
public record UserRoleChanged(String regionCode, String username, List<String> roles, List<String> jurisdiction)
        implements DomainEvent {
}
