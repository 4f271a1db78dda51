package id.deskpilkada.desk;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.enterprise.context.ApplicationScoped;

/** Registers the desk module with the platform: tables {@code dsk_*}, inbox and subscription. */
@ApplicationScoped
public class DeskDashboardModule implements DeskModule {

    public static final String NAME = "desk";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String tablePrefix() {
        return "dsk_";
    }
}
