package id.deskpilkada.platform.events.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventCodec;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserRoleChangedTest {

    @Test
    void travelsAsJsonAndComesBackEqual() {
        UserRoleChanged event = new UserRoleChanged("15.71", "maria.ndun", List.of("LOGISTICS", "SECURITY"),
                List.of("15.71", "53.71"));

        JsonObject payload = EventCodec.payloadOf(event);

        assertThat(payload.getString("username")).isEqualTo("maria.ndun");
        assertThat(payload.getJsonArray("roles").getString(1)).isEqualTo("SECURITY");
        assertThat(EventCodec.decodePayload(payload, UserRoleChanged.class)).isEqualTo(event);
    }

    @Test
    void aNationalUserKeepsTheEmptyRegionCode() {
        UserRoleChanged event = new UserRoleChanged("", "admin", List.of("ADMIN"), List.of(""));

        JsonObject payload = EventCodec.payloadOf(event);

        assertThat(payload.getString("regionCode")).isEmpty();
        assertThat(EventCodec.decodePayload(payload, UserRoleChanged.class).jurisdiction()).containsExactly("");
    }

    @Test
    void hasTheStableTypeName() {
        assertThat(DomainEvent.typeOf(UserRoleChanged.class).value()).isEqualTo("platform.UserRoleChanged");
    }
}
