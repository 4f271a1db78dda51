package id.deskpilkada.platform.application.notification;

import id.deskpilkada.platform.domain.notification.Audience;
import java.util.UUID;

/**
 * A CDI event fired when a notification is stored; observers that push it to browsers observe it after the
 * transaction succeeds ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}), so nobody is told of a
 * notification that was rolled back.
 */
public record NotificationPosted(UUID notificationId, Audience audience) {
}
