package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Role and region-scope checks for application services: every service method asks here before it reads
 * or changes anything, so the rules hold for pages, REST and any other caller alike. Work without a caller
 * (start-up, timers, event handlers) is the system's and national.
 */
@ApplicationScoped
public class Access {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    Instance<CallerCache> callerCache;

    public void requireAnyRole(Role... roles) {
        if (isSystem()) {
            return;
        }
        if (Arrays.stream(roles).noneMatch(this::callerIsIn)) {
            throw new AccessDeniedException("Requires one of the roles " + Arrays.toString(roles));
        }
    }

    /** Whether the caller holds one of the roles (the system holds all). */
    public boolean hasAnyRole(Role... roles) {
        return isSystem() || Arrays.stream(roles).anyMatch(this::callerIsIn);
    }

    private boolean callerIsIn(Role role) {
        Predicate<Role> ask = r -> security.isCallerInRole(r.name());
        Principal caller = caller();
        return caller == null ? ask.test(role)
                : perRequest(cache -> cache.inRole(caller.getName(), role, ask), () -> ask.test(role));
    }

    /** From the request's {@link CallerCache}, or asked directly outside of a request (timers, handlers). */
    private <T> T perRequest(Function<CallerCache, T> cached, Supplier<T> direct) {
        try {
            return cached.apply(callerCache.get());
        } catch (ContextNotActiveException outsideOfRequest) {
            return direct.get();
        }
    }

    /** The agency the caller works for, if their account names one. */
    public Optional<UUID> callerAgency() {
        return callerName().flatMap(accounts::agencyOf);
    }

    public Scope scope() {
        Principal caller = caller();
        if (caller == null) {
            return Scope.NATIONAL;
        }
        String name = caller.getName();
        Supplier<Scope> lookUp = () -> accounts.jurisdictionOf(name);
        return perRequest(cache -> cache.scope(name, lookUp), lookUp);
    }

    public void requireWithinScope(String regionCode) {
        if (!scope().covers(regionCode)) {
            throw new AccessDeniedException("Region " + regionCode + " is outside your jurisdiction");
        }
    }

    /** The logged-in caller's username; empty for work without a caller (the system). */
    public Optional<String> callerName() {
        return Optional.ofNullable(caller()).map(Principal::getName);
    }

    /**
     * Self-service: only the person logged in as {@code username} may go on, never the system and never
     * somebody else (not even an administrator, who has their own ways of helping a user).
     */
    public void requireCaller(String username) {
        String normalized = UserAccount.normalizeUsername(username);
        if (callerName().map(UserAccount::normalizeUsername).filter(normalized::equals).isEmpty()) {
            throw new AccessDeniedException("Only " + normalized + " may do this for their own account");
        }
    }

    public String actor() {
        Principal caller = caller();
        return caller == null ? "system" : caller.getName();
    }

    private boolean isSystem() {
        return caller() == null;
    }

    private Principal caller() {
        try {
            return security.getCallerPrincipal();
        } catch (RuntimeException outsideOfRequest) {
            return null;
        }
    }
}
