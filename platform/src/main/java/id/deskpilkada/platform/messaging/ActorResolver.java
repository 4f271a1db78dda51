package id.deskpilkada.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is acting: the logged-in user in a request, otherwise the system (timers, event handlers). */
@ApplicationScoped
public class ActorResolver {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext security;

    public String currentActor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (RuntimeException outsideOfRequest) {
            return SYSTEM;
        }
    }
}
