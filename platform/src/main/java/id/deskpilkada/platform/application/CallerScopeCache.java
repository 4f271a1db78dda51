package id.deskpilkada.platform.application;

import id.deskpilkada.platform.domain.Scope;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's jurisdiction, read once per request: a page such as the region tree asks the services for
 * the scope dozens of times while it renders.
 */
@RequestScoped
public class CallerScopeCache {

    private String username;
    private Scope scope;

    Scope get(String caller) {
        return caller.equals(username) ? scope : null;
    }

    void put(String caller, Scope callerScope) {
        username = caller;
        scope = callerScope;
    }
}
