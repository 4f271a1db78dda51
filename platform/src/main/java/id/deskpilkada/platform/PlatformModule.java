package id.deskpilkada.platform;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.enterprise.context.ApplicationScoped;

/** The platform's own tables ({@code plt_*}) are migrated before any domain module's. */
@ApplicationScoped
public class PlatformModule implements DeskModule {

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public String tablePrefix() {
        return "plt_";
    }

    @Override
    public int migrationOrder() {
        return 0;
    }
}
