package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.notification.NotificationPosted;
import id.deskpilkada.platform.application.notification.Notifications;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes each new notification, once its transaction has committed, to the browsers connected to this instance
 * whose users it reaches ({@code <f:websocket channel="notifications">} in the shell). The push runs apart from the
 * event handler's thread, so a slow browser never holds up the event road.
 */
@ApplicationScoped
public class NotificationPush {

    static final String CHANNEL = "notifications";
    private static final Logger LOG = Logger.getLogger(NotificationPush.class.getName());

    @Inject
    @Push(channel = CHANNEL)
    PushContext push;

    @Inject
    ConnectedUsers connected;

    @Inject
    Notifications notifications;

    @Resource
    ManagedExecutorService executor;

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationPosted posted) {
        Set<String> online = connected.usernames();
        if (!online.isEmpty()) {
            executor.execute(() -> pushTo(online, posted));
        }
    }

    private void pushTo(Set<String> online, NotificationPosted posted) {
        try {
            Set<String> reached = notifications.reachedAmong(posted.audience(), online);
            if (!reached.isEmpty()) {
                push.send(posted.notificationId().toString(), reached);
            }
        } catch (RuntimeException e) {
            // the notification is stored; its readers see it in the centre and on their next page
            LOG.log(Level.WARNING, "Push of notification " + posted.notificationId() + " failed", e);
        }
    }
}
