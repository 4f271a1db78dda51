package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.notification.Notifications;
import id.deskpilkada.platform.domain.ProblemViolation;
import id.deskpilkada.platform.domain.notification.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;

/**
 * The bell in the top bar: the caller's unread notifications, counted once per request, and the growl for one
 * that was just pushed to the browser ({@code dpNotificationArrived} calls {@link #arrived}).
 */
@Named
@RequestScoped
public class NotificationBell {

    /** The growl of the shell shows only messages under this key. */
    static final String GROWL_KEY = "notification";
    static final String PARAMETER = "notification";

    @Inject
    FacesContext faces;

    @Inject
    Notifications notifications;

    @Inject
    NotificationTexts texts;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** "", "7" or "99+". */
    public String getLabel() {
        long count = getUnread();
        return count == 0 ? "" : count > Notifications.UNREAD_SHOWN ? Notifications.UNREAD_SHOWN + "+"
                : Long.toString(count);
    }

    /** Updates the count (the page re-renders the bell) and growls the pushed notification if it is the caller's. */
    public void arrived() {
        uuid(faces.getExternalContext().getRequestParameterMap().get(PARAMETER)).flatMap(this::readable)
                .ifPresent(n -> faces.addMessage(GROWL_KEY,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, texts.text(n), null)));
    }

    private Optional<Notification> readable(UUID id) {
        try {
            return Optional.of(notifications.one(id));
        } catch (ProblemViolation notTheCallers) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.ofNullable(text).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
