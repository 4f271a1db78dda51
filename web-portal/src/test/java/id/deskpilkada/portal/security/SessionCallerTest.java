package id.deskpilkada.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionCallerTest {

    @Test
    void aSessionWrittenToTheGridAndReadBackKeepsNameAndRoles() throws Exception {
        SessionCaller caller = new SessionCaller("keamanan", Set.of("SECURITY", "LEADERSHIP"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(caller);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(caller);
        }
    }

    @Test
    void theRolesCannotBeChangedThroughTheSetTheyCameIn() {
        Set<String> groups = new HashSet<>(Set.of("SECURITY"));
        SessionCaller caller = new SessionCaller("keamanan", groups);
        groups.add("ADMIN");

        assertThat(caller.groups()).containsExactly("SECURITY");
    }
}
