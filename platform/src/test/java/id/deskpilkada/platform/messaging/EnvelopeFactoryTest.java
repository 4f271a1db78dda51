package id.deskpilkada.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.events.DomainEvent;
import id.deskpilkada.platform.events.EventCodec;
import id.deskpilkada.platform.events.EventEnvelope;
import id.deskpilkada.platform.events.EventMetadata;
import id.deskpilkada.platform.events.EventType;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import id.deskpilkada.platform.events.security.IncidentEscalated;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnvelopeFactoryTest {

    private static final Instant NOW = Instant.parse("2024-11-26T01:30:00Z");
    /** A WITA wall clock: the envelope must still carry the instant, not a local time. */
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Makassar"));

    private final OutboxEventPublisher.EnvelopeFactory factory =
            new OutboxEventPublisher.EnvelopeFactory(CLOCK, "maria.ndun");

    private static ShipmentDelayed delayed() {
        return new ShipmentDelayed(UUID.randomUUID(), "KRM-5371-0042", "53.71.02", "banjir", "jembatan putus",
                Instant.parse("2024-11-26T09:00:00Z"));
    }

    private static EventMetadata handled(String correlationId) {
        return new EventMetadata(UUID.randomUUID(), "security.IncidentEscalated", 1,
                Instant.parse("2024-11-26T01:00:00Z"), "security", "53.71", "system", correlationId, null);
    }

    @AfterEach
    void clearThreadState() {
        CausalContext.clearRequestCorrelation();
    }

    @Test
    void metadataComesFromTheClockTheAnnotationAndTheEvent() {
        ShipmentDelayed event = delayed();

        EventEnvelope envelope = factory.build(event);

        EventMetadata m = envelope.metadata();
        assertThat(m.id()).isNotNull();
        assertThat(m.occurredAt()).isEqualTo(NOW);
        assertThat(m.type()).isEqualTo("logistics.ShipmentDelayed");
        assertThat(m.version()).isEqualTo(1);
        assertThat(m.source()).isEqualTo("logistics");
        assertThat(m.regionCode()).isEqualTo("53.71.02");
        assertThat(m.actor()).isEqualTo("maria.ndun");
        assertThat(m.causationId()).isNull();
        assertThat(envelope.payload()).isEqualTo(EventCodec.payloadOf(event));
        assertThat(EventCodec.decodePayload(envelope.payload(), ShipmentDelayed.class)).isEqualTo(event);
    }

    @Test
    void sourceFollowsTheTypePrefixOfEachContract() {
        IncidentEscalated escalated = new IncidentEscalated(UUID.randomUUID(), "53.71.02.1001", "bencana", "tinggi",
                "Banjir di Oesapa", "53.71");

        EventMetadata m = factory.build(escalated).metadata();

        assertThat(m.type()).isEqualTo("security.IncidentEscalated");
        assertThat(m.source()).isEqualTo("security");
        assertThat(m.regionCode()).isEqualTo("53.71.02.1001");
    }

    @EventType(value = "meeting.MinutesAmended", version = 4)
    public record VersionedEvent(String regionCode) implements DomainEvent {
    }

    @Test
    void versionComesFromTheAnnotation() {
        EventMetadata m = factory.build(new VersionedEvent("53")).metadata();

        assertThat(m.type()).isEqualTo("meeting.MinutesAmended");
        assertThat(m.version()).isEqualTo(4);
        assertThat(m.source()).isEqualTo("meeting");
    }

    record Untyped(String regionCode) implements DomainEvent {
    }

    @Test
    void anEventWithoutEventTypeIsRefused() {
        assertThatThrownBy(() -> factory.build(new Untyped("53"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actorIsPassedThrough() {
        EventMetadata m = new OutboxEventPublisher.EnvelopeFactory(CLOCK, ActorResolver.SYSTEM).build(delayed())
                .metadata();

        assertThat(m.actor()).isEqualTo("system");
    }

    @Test
    void aFreshCorrelationIdWhenNothingIsHandled() {
        EventMetadata first = factory.build(delayed()).metadata();
        EventMetadata second = factory.build(delayed()).metadata();

        assertThat(first.correlationId()).isNotBlank();
        assertThat(UUID.fromString(first.correlationId())).isNotNull();
        assertThat(second.correlationId()).isNotEqualTo(first.correlationId());
        assertThat(first.causationId()).isNull();
        assertThat(second.causationId()).isNull();
    }

    @Test
    void twoBuildsGiveDifferentIds() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ids.add(factory.build(delayed()).metadata().id());
        }

        assertThat(ids).hasSize(100);
    }

    @Test
    void insideAHandlerTheCorrelationIsInheritedAndTheHandledEventIsTheCause() {
        EventMetadata cause = handled("corr-from-the-incident");

        EventMetadata m = CausalContext.whileHandling(cause, () -> factory.build(delayed())).metadata();

        assertThat(m.correlationId()).isEqualTo("corr-from-the-incident");
        assertThat(m.causationId()).isEqualTo(cause.id().toString());
        assertThat(m.id()).isNotEqualTo(cause.id());
        assertThat(m.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void handledEventWinsOverARequestCorrelation() {
        CausalContext.bindRequestCorrelation("corr-from-http-header");
        EventMetadata cause = handled("corr-from-the-incident");

        EventMetadata m = CausalContext.whileHandling(cause, () -> factory.build(delayed())).metadata();

        assertThat(m.correlationId()).isEqualTo("corr-from-the-incident");
        assertThat(m.causationId()).isEqualTo(cause.id().toString());
    }

    @Test
    void handledEventWithoutCorrelationFallsBackToTheRequestCorrelationButStillNamesItsCause() {
        CausalContext.bindRequestCorrelation("corr-from-http-header");
        EventMetadata cause = handled(null);

        EventMetadata m = CausalContext.whileHandling(cause, () -> factory.build(delayed())).metadata();

        assertThat(m.correlationId()).isEqualTo("corr-from-http-header");
        assertThat(m.causationId()).isEqualTo(cause.id().toString());
    }

    @Test
    void handledEventWithoutCorrelationAndNoRequestGetsAFreshOne() {
        EventMetadata cause = handled(null);

        EventMetadata m = CausalContext.whileHandling(cause, () -> factory.build(delayed())).metadata();

        assertThat(m.correlationId()).isNotBlank();
        assertThat(UUID.fromString(m.correlationId())).isNotNull();
        assertThat(m.causationId()).isEqualTo(cause.id().toString());
    }

    @Test
    void theRequestCorrelationIsUsedWhenNothingIsHandled() {
        CausalContext.bindRequestCorrelation("corr-from-http-header");

        EventMetadata first = factory.build(delayed()).metadata();
        EventMetadata second = factory.build(delayed()).metadata();

        assertThat(first.correlationId()).isEqualTo("corr-from-http-header");
        assertThat(second.correlationId()).isEqualTo("corr-from-http-header");
        assertThat(first.causationId()).isNull();
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void afterHandlingTheCauseIsForgotten() {
        EventMetadata cause = handled("corr-from-the-incident");
        CausalContext.whileHandling(cause, () -> factory.build(delayed()));

        EventMetadata m = factory.build(delayed()).metadata();

        assertThat(CausalContext.handling()).isEmpty();
        assertThat(m.causationId()).isNull();
        assertThat(m.correlationId()).isNotEqualTo("corr-from-the-incident");
    }

    @Test
    void aFailingHandlerDoesNotLeaveItsCauseOnTheThread() {
        EventMetadata cause = handled("corr-from-the-incident");

        assertThatThrownBy(() -> CausalContext.whileHandling(cause, () -> {
            throw new IllegalStateException("handler failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(CausalContext.handling()).isEmpty();
        assertThat(factory.build(delayed()).metadata().causationId()).isNull();
    }

    @Test
    void theCauseIsBoundToTheHandlingThreadOnly() throws Exception {
        EventMetadata cause = handled("corr-from-the-incident");
        EventMetadata[] onOtherThread = new EventMetadata[1];

        CausalContext.whileHandling(cause, () -> {
            Thread other = new Thread(() -> onOtherThread[0] = factory.build(delayed()).metadata());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });

        assertThat(onOtherThread[0].causationId()).isNull();
        assertThat(onOtherThread[0].correlationId()).isNotEqualTo("corr-from-the-incident");
    }

    @Test
    void occurredAtIsTheClockInstantWhateverTheClockZone() {
        Clock utc = Clock.fixed(NOW, ZoneOffset.UTC);

        EventMetadata m = new OutboxEventPublisher.EnvelopeFactory(utc, "a").build(delayed()).metadata();

        assertThat(m.occurredAt()).isEqualTo(NOW);
        assertThat(EventCodec.encode(new EventEnvelope(m, EventCodec.payloadOf(delayed()))))
                .contains("\"occurredAt\":\"2024-11-26T01:30:00Z\"");
    }
}
