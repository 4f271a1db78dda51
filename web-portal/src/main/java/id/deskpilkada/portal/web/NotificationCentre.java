package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.notification.Notifications;
import id.deskpilkada.platform.domain.notification.Notification;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The notification centre: the caller's notifications newest first, all or unread, marked read one by one or all. */
@Named
@ViewScoped
public class NotificationCentre implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Notifications notifications;

    @Inject
    transient NotificationTexts texts;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private boolean unreadOnly;
    private PagedList<Notification> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>((first, max) -> notifications.mine(unreadOnly, first, max),
                () -> notifications.countMine(unreadOnly));
    }

    public void markRead(Notification n) {
        changes.attempt(() -> notifications.markRead(n.id()));
    }

    public void markAllRead() {
        notifications.markAllRead();
        feedback.info("notification.allRead");
    }

    /** Marks the notification read and opens its page; stays here when it has none for the caller. */
    public String open(Notification n) {
        if (!changes.attempt(() -> notifications.markRead(n.id()))) {
            return null;
        }
        String link = texts.link(n);
        return link == null ? null : link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public PagedList<Notification> getRows() {
        return rows;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
