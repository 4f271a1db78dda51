package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.event.WebsocketEvent;
import jakarta.websocket.CloseReason;
import org.junit.jupiter.api.Test;

/** Who has a browser on this instance's notification channel, counted per open socket (tabs). */
class ConnectedUsersTest {

    private final ConnectedUsers users = new ConnectedUsers();

    @Test
    void aUserStaysConnectedUntilTheirLastSocketCloses() {
        users.opened(event("notifications", "keamanan"));
        users.opened(event("notifications", "keamanan"));
        users.opened(event("notifications", "logistik"));
        users.closed(event("notifications", "keamanan"));

        assertThat(users.usernames()).containsExactlyInAnyOrder("keamanan", "logistik");

        users.closed(event("notifications", "keamanan"));
        assertThat(users.usernames()).containsExactly("logistik");
    }

    @Test
    void otherChannelsAndAnonymousSocketsDoNotCount() {
        users.opened(event("other", "keamanan"));
        users.opened(event("notifications", null));
        users.closed(event("notifications", "nobody"));

        assertThat(users.usernames()).isEmpty();
    }

    private static WebsocketEvent event(String channel, String user) {
        return new WebsocketEvent(channel, user, CloseReason.CloseCodes.NORMAL_CLOSURE);
    }
}
