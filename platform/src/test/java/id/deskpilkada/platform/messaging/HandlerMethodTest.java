package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventConsumer;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.security.IncidentReported;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandlerMethodTest {

    public static class TwoHandlers implements EventConsumer {
        final List<DomainEvent> seen = new ArrayList<>();

        @Override
        public String module() {
            return "probe";
        }

        public void on(ShipmentDelayed e, EventMetadata metadata) {
            seen.add(e);
        }

        public void on(IncidentReported e, EventMetadata metadata) {
            throw new IllegalStateException("handler failed: " + e.title());
        }

        public void on(String notAnEvent, EventMetadata metadata) {
            // not a handler: the first parameter is no event contract
        }

        public void on(ShipmentDelayed withoutMetadata) {
            // not a handler: the metadata parameter is missing
        }
    }

    public static class NoHandlers implements EventConsumer {
        @Override
        public String module() {
            return "probe";
        }
    }

    private static final EventMetadata META = new EventMetadata(UUID.randomUUID(), "x.Y", 1, Instant.EPOCH, "x",
            "53.71", "system", "c", null);

    @Test
    void findsOnlyPublicOnMethodsWithAnEventAndMetadata() {
        List<HandlerMethod> methods = HandlerMethod.of(new TwoHandlers());
        assertThat(methods).extracting(HandlerMethod::eventType)
                .containsExactlyInAnyOrder(ShipmentDelayed.class, IncidentReported.class);
    }

    @Test
    void invokesTheMethodForItsEventType() {
        TwoHandlers consumer = new TwoHandlers();
        ShipmentDelayed delayed = new ShipmentDelayed(UUID.randomUUID(), "KPG-1", "53.71", "banjir", null, null);
        handlerFor(consumer, ShipmentDelayed.class).invoke(delayed, META);
        assertThat(consumer.seen).containsExactly(delayed);
    }

    @Test
    void handlerExceptionsReachTheCallerUnwrapped() {
        HandlerMethod failing = handlerFor(new TwoHandlers(), IncidentReported.class);
        IncidentReported incident = new IncidentReported(UUID.randomUUID(), "53.71", "bencana", "tinggi", "Banjir");
        assertThatThrownBy(() -> failing.invoke(incident, META))
                .isInstanceOf(IllegalStateException.class).hasMessage("handler failed: Banjir");
    }

    @Test
    void aConsumerWithoutHandlersIsRejected() {
        assertThatThrownBy(() -> HandlerMethod.of(new NoHandlers()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no public method on(");
    }

    private static HandlerMethod handlerFor(EventConsumer consumer, Class<?> type) {
        return HandlerMethod.of(consumer).stream().filter(h -> h.eventType() == type).findFirst().orElseThrow();
    }
}
