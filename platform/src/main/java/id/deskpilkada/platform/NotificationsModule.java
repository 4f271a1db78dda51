package id.deskpilkada.platform;

import id.deskpilkada.platform.events.DeskModule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's notifications as a consumer of events: a durable subscription and an inbox of their own
 * ({@code plt_notification_inbox}), so that a notification failing does not hold up any module and each event
 * notifies once. Its tables come with the platform's migrations.
 */
@ApplicationScoped
public class NotificationsModule implements DeskModule {

    public static final String NAME = "notifications";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String tablePrefix() {
        return "plt_notification_";
    }

    @Override
    public int migrationOrder() {
        return 1;
    }

    @Override
    public boolean hasOwnMigrations() {
        return false;
    }
}
