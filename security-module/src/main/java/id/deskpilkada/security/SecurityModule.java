package id.deskpilkada.security;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the security module with the platform: tables {@code sec_*}, inbox and subscription. */
@ApplicationScoped
public class SecurityModule implements DeskModule {

    public static final String NAME = "security";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String tablePrefix() {
        return "sec_";
    }
}
