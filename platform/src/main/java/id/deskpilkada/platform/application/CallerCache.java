package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the services ask about the caller, answered once per request: a page such as the region tree asks for the
 * scope dozens of times while it renders, and a field report checks roles several times, each answer from the
 * container's authorization (a permission check) or the database. Kept per caller, so a request that logs in
 * asks again for the new caller.
 */
@RequestScoped
public class CallerCache {

    private String username;
    private Scope scope;
    private final Map<Role, Boolean> roles = new EnumMap<>(Role.class);

    Scope scope(String caller, Supplier<Scope> lookUp) {
        forCaller(caller);
        if (scope == null) {
            scope = lookUp.get();
        }
        return scope;
    }

    boolean inRole(String caller, Role role, Predicate<Role> lookUp) {
        forCaller(caller);
        return roles.computeIfAbsent(role, lookUp::test);
    }

    private void forCaller(String caller) {
        if (!caller.equals(username)) {
            username = caller;
            scope = null;
            roles.clear();
        }
    }
}
