package id.deskpilkada.logistics;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the logistics module with the platform: tables {@code lgs_*}, inbox and subscription. */
@ApplicationScoped
public class LogisticsModule implements DeskModule {

    public static final String NAME = "logistics";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String tablePrefix() {
        return "lgs_";
    }
}
