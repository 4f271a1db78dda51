package id.deskpilkada.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Within a request each question about the caller goes to the container or the database once. */
class CallerCacheTest {

    private final CallerCache cache = new CallerCache();
    private final List<Role> asked = new ArrayList<>();

    @Test
    void aRoleIsAskedOncePerCaller() {
        assertThat(cache.inRole("keamanan", Role.SECURITY, this::onlySecurity)).isTrue();
        assertThat(cache.inRole("keamanan", Role.SECURITY, this::onlySecurity)).isTrue();
        assertThat(cache.inRole("keamanan", Role.ADMIN, this::onlySecurity)).isFalse();
        assertThat(cache.inRole("keamanan", Role.ADMIN, this::onlySecurity)).isFalse();

        assertThat(asked).containsExactly(Role.SECURITY, Role.ADMIN);
    }

    @Test
    void anotherCallerInTheSameRequestIsAskedAfresh() {
        cache.inRole("anonymous", Role.SECURITY, r -> false);
        cache.scope("anonymous", () -> new Scope(Set.of("53")));

        assertThat(cache.inRole("keamanan", Role.SECURITY, this::onlySecurity)).isTrue();
        assertThat(cache.scope("keamanan", () -> new Scope(Set.of("53.71")))).isEqualTo(new Scope(Set.of("53.71")));
        assertThat(asked).containsExactly(Role.SECURITY);
    }

    @Test
    void theScopeIsLookedUpOnce() {
        List<String> lookUps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cache.scope("keamanan", () -> {
                lookUps.add("keamanan");
                return new Scope(Set.of("53.71"));
            });
        }
        assertThat(lookUps).hasSize(1);
    }

    private boolean onlySecurity(Role role) {
        asked.add(role);
        return role == Role.SECURITY;
    }
}
