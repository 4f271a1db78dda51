package id.deskpilkada.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.platform.application.ConsumerPosition;
import id.deskpilkada.platform.application.PublishedEvent;
import id.deskpilkada.platform.application.PublishedEvent.Delivery;
import id.deskpilkada.platform.events.DeskModule;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox as the events page lists it, and a module's position among the newest events, on H2. */
class EventLogStoreTest {

    private static final DeskModule MEETING = new DeskModule() {
        @Override
        public String name() {
            return "meeting";
        }

        @Override
        public String tablePrefix() {
            return "mtg_";
        }
    };
    private static final LocalDateTime T0 = LocalDateTime.of(2024, 11, 20, 1, 0);

    private H2Platform db;
    private EventLogStore store;
    private long position;

    @BeforeEach
    void database() {
        db = new H2Platform();
        db.execute("create table mtg_inbox (event_id uuid not null primary key, event_type varchar(100) not null,"
                + " correlation_id varchar(100), handled_at timestamp not null)");
        store = new EventLogStore();
        store.dataSource = db.dataSource();
    }

    @Test
    void newestFirstWithDeliveryAndHandlerFailures() {
        UUID sent = outbox("logistics.ShipmentDelayed", "SENT", null, "flow-1");
        UUID waiting = outbox("logistics.ShipmentDispatched", "PENDING", null, "flow-1");
        UUID refused = outbox("security.IncidentEscalated", "PENDING", "AMQ219010: connection failed", "flow-2");
        db.execute("insert into plt_event_failure (event_id, module, event_type, attempts, last_error,"
                + " last_failed_at) values ('" + sent + "', 'meeting', 'logistics.ShipmentDelayed', 5, 'boom',"
                + " timestamp '2024-11-20 02:00:00')");

        List<PublishedEvent> events = store.recent(EventLogStore.Filter.ALL, 0, 10);

        assertThat(events).extracting(PublishedEvent::eventId).containsExactly(refused, waiting, sent);
        assertThat(events).extracting(PublishedEvent::delivery)
                .containsExactly(Delivery.FAILED, Delivery.PENDING, Delivery.SENT);
        assertThat(events.get(2).failedModules()).isEqualTo(1);
        assertThat(events.get(2).regionCode()).isEqualTo("53.71");
        assertThat(events.get(0).lastError()).contains("connection failed");
    }

    @Test
    void filtersByDeliveryTypeAndCorrelationAndCountsUpToACap() {
        outbox("logistics.ShipmentDelayed", "SENT", null, "flow-1");
        outbox("logistics.ShipmentDelayed", "SENT", null, "flow-2");
        outbox("logistics.ShipmentDispatched", "PENDING", null, "flow-1");

        assertThat(store.countRecent(new EventLogStore.Filter(Delivery.SENT, null, null), 100)).isEqualTo(2);
        assertThat(store.countRecent(new EventLogStore.Filter(null, "logistics.ShipmentDelayed", "flow-1"), 100))
                .isEqualTo(1);
        assertThat(store.countRecent(new EventLogStore.Filter(Delivery.FAILED, null, null), 100)).isZero();
        assertThat(store.countRecent(EventLogStore.Filter.ALL, 2)).isEqualTo(2);
        assertThat(store.recent(EventLogStore.Filter.ALL, 1, 1)).hasSize(1);
    }

    @Test
    void aModulesPositionIsTheNewestEventItsInboxHoldsAndItsBacklogWhatItDoesNot() {
        UUID first = outbox("logistics.ShipmentDelayed", "SENT", null, null);
        long firstPosition = position;
        outbox("logistics.ShipmentReceived", "SENT", null, null); // not a type the module handles
        outbox("logistics.ShipmentDelayed", "SENT", null, null); // overtaken by the next one
        UUID third = outbox("security.IncidentEscalated", "SENT", null, null);
        outbox("security.IncidentEscalated", "PENDING", null, null);
        handled(first, "2024-11-20 03:00:00");
        handled(third, "2024-11-20 03:05:00");

        ConsumerPosition meeting = store.position(MEETING,
                Set.of("logistics.ShipmentDelayed", "security.IncidentEscalated"), 100);

        assertThat(meeting.relevant()).isEqualTo(4);
        assertThat(meeting.handled()).isEqualTo(2);
        assertThat(meeting.waiting()).as("the second event, overtaken by the third").isEqualTo(1);
        assertThat(meeting.unsent()).isEqualTo(1);
        assertThat(meeting.position()).isEqualTo(firstPosition + 3);
        assertThat(meeting.lastHandledAt()).isEqualTo(LocalDateTime.of(2024, 11, 20, 3, 5));
        assertThat(meeting.oldestWaitingAt()).isEqualTo(T0.plusMinutes(3));
        assertThat(meeting.subscription()).isEqualTo("deskpilkada.meeting");
    }

    @Test
    void onlyTheNewestEventsOfTheWindowCount() {
        UUID old = outbox("logistics.ShipmentDelayed", "SENT", null, null);
        outbox("logistics.ShipmentDelayed", "SENT", null, null);
        handled(old, "2024-11-20 03:00:00");

        ConsumerPosition meeting = store.position(MEETING, Set.of("logistics.ShipmentDelayed"), 1);

        assertThat(meeting.relevant()).isEqualTo(1);
        assertThat(meeting.handled()).isZero();
        assertThat(meeting.position()).isNull();
        assertThat(meeting.window()).isEqualTo(1);
    }

    private UUID outbox(String type, String status, String lastError, String correlation) {
        UUID id = UUID.randomUUID();
        position++;
        db.execute("insert into plt_outbox (position, event_id, event_type, region_code, correlation_id, occurred_at,"
                + " body, status, attempts, last_error) values (" + position + ", '" + id + "', '" + type
                + "', '53.71', " + quoted(correlation) + ", timestamp '" + Timestamp.valueOf(T0.plusMinutes(position))
                + "', '{}', '" + status + "', 0, " + quoted(lastError) + ")");
        return id;
    }

    private void handled(UUID eventId, String at) {
        db.execute("insert into mtg_inbox (event_id, event_type, handled_at) values ('" + eventId + "', 'x',"
                + " timestamp '" + at + "')");
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}
