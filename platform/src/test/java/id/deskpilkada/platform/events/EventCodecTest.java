package id.deskpilkada.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.deskpilkada.platform.events.logistics.RegionReadinessChanged;
import id.deskpilkada.platform.events.logistics.ShipmentDelayed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    private static final UUID SHIPMENT = UUID.fromString("0f3e7c1a-9d41-4d0b-8a55-2a1c6f0e9b17");
    private static final Instant OCCURRED = Instant.parse("2024-11-25T02:15:30.123456Z");
    private static final Instant NEW_ETA = Instant.parse("2024-11-26T09:00:00Z");

    private static ShipmentDelayed delayed() {
        return new ShipmentDelayed(SHIPMENT, "KRM-5371-0042", "53.71.02", "banjir",
                "Jalan Trans Timor terputus di km 42", NEW_ETA);
    }

    private static EventMetadata fullMetadata() {
        return new EventMetadata(UUID.randomUUID(), "logistics.ShipmentDelayed", 3, OCCURRED, "logistics",
                "53.71.02", "maria.ndun", "corr-7d1e", UUID.randomUUID().toString());
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void readinessChangesDecodeWithAndWithoutThePercentCrossedFrom() {
        RegionReadinessChanged fall = new RegionReadinessChanged("53.71.05.1001", 90, 9, 10, 100);

        assertThat(EventCodec.decodePayload(EventCodec.payloadOf(fall), RegionReadinessChanged.class)).isEqualTo(fall);
        assertThat(EventCodec.decodePayload(parse("{\"regionCode\":\"53\",\"percent\":80,\"tpsReady\":8,"
                + "\"tpsTotal\":10}"), RegionReadinessChanged.class))
                .as("published before the field existed").isEqualTo(new RegionReadinessChanged("53", 80, 8, 10));
    }

    @Test
    void roundTripKeepsEveryMetadataField() {
        EventMetadata metadata = fullMetadata();
        EventEnvelope envelope = new EventEnvelope(metadata, EventCodec.payloadOf(delayed()));

        EventEnvelope decoded = EventCodec.decode(EventCodec.encode(envelope));

        EventMetadata m = decoded.metadata();
        assertThat(m.id()).isEqualTo(metadata.id());
        assertThat(m.type()).isEqualTo("logistics.ShipmentDelayed");
        assertThat(m.version()).isEqualTo(3);
        assertThat(m.occurredAt()).isEqualTo(OCCURRED);
        assertThat(m.source()).isEqualTo("logistics");
        assertThat(m.regionCode()).isEqualTo("53.71.02");
        assertThat(m.actor()).isEqualTo("maria.ndun");
        assertThat(m.correlationId()).isEqualTo("corr-7d1e");
        assertThat(m.causationId()).isEqualTo(metadata.causationId());
        assertThat(m).isEqualTo(metadata);
        assertThat(decoded).isEqualTo(envelope);
    }

    @Test
    void encodedEnvelopeIsFlatJsonWithTheDocumentedKeys() {
        EventMetadata metadata = fullMetadata();
        JsonObject json = parse(EventCodec.encode(new EventEnvelope(metadata, EventCodec.payloadOf(delayed()))));

        assertThat(json.keySet()).containsExactlyInAnyOrder("id", "type", "version", "occurredAt", "source",
                "regionCode", "actor", "correlationId", "causationId", "payload");
        assertThat(json.getString("id")).isEqualTo(metadata.id().toString());
        assertThat(json.getInt("version")).isEqualTo(3);
        assertThat(json.getString("occurredAt")).isEqualTo("2024-11-25T02:15:30.123456Z");
        assertThat(json.getJsonObject("payload").getString("shipmentNumber")).isEqualTo("KRM-5371-0042");
    }

    @Test
    void payloadDecodesBackToAnEqualRecord() {
        ShipmentDelayed event = delayed();
        EventEnvelope envelope = new EventEnvelope(fullMetadata(), EventCodec.payloadOf(event));

        EventEnvelope decoded = EventCodec.decode(EventCodec.encode(envelope));

        assertThat(EventCodec.decodePayload(decoded.payload(), ShipmentDelayed.class)).isEqualTo(event);
    }

    @Test
    void nullOptionalFieldsAreOmittedAndComeBackNull() {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID(), "logistics.ShipmentDelayed", 1, OCCURRED,
                "logistics", null, null, null, null);
        ShipmentDelayed sparse = new ShipmentDelayed(SHIPMENT, "KRM-5371-0042", "53.71", "cuaca", null, null);

        String text = EventCodec.encode(new EventEnvelope(metadata, EventCodec.payloadOf(sparse)));
        JsonObject json = parse(text);

        assertThat(json.keySet()).doesNotContain("regionCode", "actor", "correlationId", "causationId");
        assertThat(json.getJsonObject("payload").keySet()).doesNotContain("note", "newEta");
        assertThat(text).doesNotContain("null");

        EventEnvelope decoded = EventCodec.decode(text);
        assertThat(decoded.metadata()).isEqualTo(metadata);
        assertThat(decoded.metadata().regionCode()).isNull();
        assertThat(decoded.metadata().actor()).isNull();
        assertThat(decoded.metadata().correlationId()).isNull();
        assertThat(decoded.metadata().causationId()).isNull();
        ShipmentDelayed payload = EventCodec.decodePayload(decoded.payload(), ShipmentDelayed.class);
        assertThat(payload).isEqualTo(sparse);
        assertThat(payload.note()).isNull();
        assertThat(payload.newEta()).isNull();
    }

    @Test
    void explicitJsonNullInOptionalMetadataIsReadAsNull() {
        String text = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"logistics.ShipmentDelayed\",\"version\":1,"
                + "\"occurredAt\":\"2024-11-25T02:15:30Z\",\"source\":\"logistics\",\"regionCode\":null,"
                + "\"actor\":null,\"correlationId\":null,\"causationId\":null,\"payload\":{}}";

        EventMetadata m = EventCodec.decode(text).metadata();

        assertThat(m.regionCode()).isNull();
        assertThat(m.actor()).isNull();
        assertThat(m.correlationId()).isNull();
        assertThat(m.causationId()).isNull();
    }

    @Test
    void missingVersionDefaultsToOne() {
        String text = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"logistics.ShipmentDelayed\","
                + "\"occurredAt\":\"2024-11-25T02:15:30Z\",\"source\":\"logistics\",\"payload\":{}}";

        assertThat(EventCodec.decode(text).metadata().version()).isEqualTo(1);
    }

    @Test
    void payloadWithUnknownFieldsStillDecodes() {
        JsonObject payload = Json.createObjectBuilder(EventCodec.payloadOf(delayed()))
                .add("addedInVersionTwo", "something a newer producer sends")
                .add("nestedNewThing", Json.createObjectBuilder().add("a", 1).add("b", Json.createArrayBuilder()
                        .add(1).add("x")))
                .build();
        String text = EventCodec.encode(new EventEnvelope(fullMetadata(), payload));

        EventEnvelope decoded = EventCodec.decode(text);

        assertThat(EventCodec.decodePayload(decoded.payload(), ShipmentDelayed.class)).isEqualTo(delayed());
    }

    @Test
    void envelopeWithUnknownTopLevelFieldsStillDecodes() {
        JsonObject json = Json.createObjectBuilder(parse(EventCodec.encode(
                        new EventEnvelope(fullMetadata(), EventCodec.payloadOf(delayed())))))
                .add("tenant", "kupang")
                .build();

        assertThat(EventCodec.decode(json.toString()).metadata().type()).isEqualTo("logistics.ShipmentDelayed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "not json at all",
            "{",
            "[]",
            "[{\"id\":\"x\"}]",
            "\"a string\"",
            "42",
            "{}",
            "{\"type\":\"logistics.ShipmentDelayed\",\"occurredAt\":\"2024-11-25T02:15:30Z\","
                    + "\"source\":\"logistics\",\"payload\":{}}",
            "{\"id\":\"not-a-uuid\",\"type\":\"logistics.ShipmentDelayed\",\"occurredAt\":\"2024-11-25T02:15:30Z\","
                    + "\"source\":\"logistics\",\"payload\":{}}",
            "{\"id\":42,\"type\":\"logistics.ShipmentDelayed\",\"occurredAt\":\"2024-11-25T02:15:30Z\","
                    + "\"source\":\"logistics\",\"payload\":{}}",
            "{\"id\":\"0f3e7c1a-9d41-4d0b-8a55-2a1c6f0e9b17\",\"occurredAt\":\"2024-11-25T02:15:30Z\","
                    + "\"source\":\"logistics\",\"payload\":{}}",
            "{\"id\":\"0f3e7c1a-9d41-4d0b-8a55-2a1c6f0e9b17\",\"type\":\"logistics.ShipmentDelayed\","
                    + "\"source\":\"logistics\",\"payload\":{}}",
            "{\"id\":\"0f3e7c1a-9d41-4d0b-8a55-2a1c6f0e9b17\",\"type\":\"logistics.ShipmentDelayed\","
                    + "\"occurredAt\":\"25-11-2024 09:15\",\"source\":\"logistics\",\"payload\":{}}",
            "{\"id\":\"0f3e7c1a-9d41-4d0b-8a55-2a1c6f0e9b17\",\"type\":\"logistics.ShipmentDelayed\","
                    + "\"occurredAt\":\"2024-11-25T02:15:30Z\",\"payload\":{}}",
            "{\"id\":\"0f3e7c1a-9d41-4d0b-8a55-2a1c6f0e9b17\",\"type\":\"logistics.ShipmentDelayed\","
                    + "\"occurredAt\":\"2024-11-25T02:15:30Z\",\"source\":\"logistics\",\"payload\":\"text\"}"
    })
    void garbageOrMissingRequiredFieldsIsMalformed(String text) {
        assertThatThrownBy(() -> EventCodec.decode(text))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("Not a Desk Pilkada event envelope")
                .hasCauseInstanceOf(RuntimeException.class);
    }
    @Test
    void missingPayloadIsMalformed() {
        String text = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"logistics.ShipmentDelayed\",\"version\":1,"
                + "\"occurredAt\":\"2024-11-25T02:15:30Z\",\"source\":\"logistics\"}";

        assertThatThrownBy(() -> EventCodec.decode(text)).isInstanceOf(MalformedEventException.class);
    }
    @Test
    void nonNumericVersionIsMalformed() {
        String text = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"logistics.ShipmentDelayed\",\"version\":\"2\","
                + "\"occurredAt\":\"2024-11-25T02:15:30Z\",\"source\":\"logistics\",\"payload\":{}}";

        assertThatThrownBy(() -> EventCodec.decode(text)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void nullTextIsMalformed() {
        assertThatThrownBy(() -> EventCodec.decode(null)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void typeOfReadsTheAnnotation() {
        EventType type = DomainEvent.typeOf(ShipmentDelayed.class);

        assertThat(type.value()).isEqualTo("logistics.ShipmentDelayed");
        assertThat(type.version()).isEqualTo(1);
    }

    record Unannotated(String regionCode) implements DomainEvent {
    }

    @Test
    void typeOfAClassWithoutEventTypeThrows() {
        assertThatThrownBy(() -> DomainEvent.typeOf(Unannotated.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Unannotated.class.getName());
    }

    @Test
    void sourceOfIsTheModulePrefix() {
        assertThat(DomainEvent.sourceOf("logistics.ShipmentDelayed")).isEqualTo("logistics");
        assertThat(DomainEvent.sourceOf("security.IncidentEscalated")).isEqualTo("security");
        assertThat(DomainEvent.sourceOf("meeting.v2.MinutesApproved")).isEqualTo("meeting");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ShipmentDelayed", ".ShipmentDelayed", ""})
    void sourceOfWithoutModulePrefixThrows(String typeName) {
        assertThatThrownBy(() -> DomainEvent.sourceOf(typeName)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Any text in the optional fields (quotes, backslashes, control characters, non-ASCII) survives the trip. */
    @Property(tries = 300)
    void anyMetadataSurvivesTheRoundTrip(@ForAll String type, @ForAll String source, @ForAll String regionCode,
                                         @ForAll String actor, @ForAll String correlationId,
                                         @ForAll String causationId, @ForAll @IntRange(min = 1, max = 99) int version,
                                         @ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
                                         @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID(), type, version,
                Instant.ofEpochSecond(epochSecond, nanos), source, regionCode, actor, correlationId, causationId);
        JsonObject payload = Json.createObjectBuilder().add("note", actor).build();
        EventEnvelope envelope = new EventEnvelope(metadata, payload);

        assertThat(EventCodec.decode(EventCodec.encode(envelope))).isEqualTo(envelope);
    }
}
