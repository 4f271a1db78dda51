package id.deskpilkada.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The users with a browser connected to this instance's notification channel (one user may have several tabs).
 * A push reaches only them; whoever is connected to another instance sees the notification in the centre.
 */
@ApplicationScoped
public class ConnectedUsers {

    private final ConcurrentMap<String, Integer> sockets = new ConcurrentHashMap<>();

    void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
        username(event).ifPresent(user -> sockets.merge(user, 1, Integer::sum));
    }

    void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
        username(event).ifPresent(user -> sockets.computeIfPresent(user, (u, open) -> open > 1 ? open - 1 : null));
    }

    public Set<String> usernames() {
        return Set.copyOf(sockets.keySet());
    }

    private static Optional<String> username(WebsocketEvent event) {
        return NotificationPush.CHANNEL.equals(event.getChannel()) && event.getUser() != null
                ? Optional.of(event.getUser().toString()) : Optional.empty();
    }
}
