package id.deskpilkada.portal.web;

import id.deskpilkada.platform.domain.notification.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/** A notification's words in the reader's language and the page it opens for them, for pages. */
@Named
@RequestScoped
public class NotificationTexts {

    @Inject
    FacesContext faces;

    @Inject
    RegionNames regionNames;

    @Inject
    CurrentUser user;

    private NotificationWording wording;

    public String text(Notification n) {
        if (wording == null) {
            wording = new NotificationWording(ResourceBundle.getBundle(Messages.BUNDLE,
                    faces.getViewRoot().getLocale()), regionNames::of);
        }
        return wording.text(n.textKey(), n.arguments());
    }

    /** The page to open (view id and query), {@code null} when none fits the reader's roles. */
    public String link(Notification n) {
        return NotificationLinks.of(n, user.getRoles()).orElse(null);
    }
}
