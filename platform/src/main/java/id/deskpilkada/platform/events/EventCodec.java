package id.deskpilkada.platform.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * Reads and writes the JSON form of an {@link EventEnvelope}. The envelope is flat:
 * {@code id, type, version, occurredAt, source, regionCode, actor, correlationId, causationId, payload}.
 */
public final class EventCodec {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private EventCodec() {
    }

    public static JsonObject payloadOf(DomainEvent event) {
        return read(JSONB.toJson(event));
    }

    public static <P> P decodePayload(JsonObject payload, Class<P> contract) {
        return JSONB.fromJson(payload.toString(), contract);
    }

    public static String encode(EventEnvelope envelope) {
        EventMetadata m = envelope.metadata();
        JsonObjectBuilder json = JsonProviders.SHARED.createObjectBuilder()
                .add("id", m.id().toString())
                .add("type", m.type())
                .add("version", m.version())
                .add("occurredAt", m.occurredAt().toString())
                .add("source", m.source());
        addNullable(json, "regionCode", m.regionCode());
        addNullable(json, "actor", m.actor());
        addNullable(json, "correlationId", m.correlationId());
        addNullable(json, "causationId", m.causationId());
        return json.add("payload", envelope.payload()).build().toString();
    }

    /**
     * @throws MalformedEventException when the text is not an envelope; such a message can never be handled
     */
    public static EventEnvelope decode(String text) {
        try {
            JsonObject json = read(text);
            EventMetadata metadata = new EventMetadata(
                    UUID.fromString(json.getString("id")),
                    json.getString("type"),
                    json.containsKey("version") ? json.getJsonNumber("version").intValueExact() : 1,
                    Instant.parse(json.getString("occurredAt")),
                    json.getString("source"),
                    stringOrNull(json, "regionCode"),
                    stringOrNull(json, "actor"),
                    stringOrNull(json, "correlationId"),
                    stringOrNull(json, "causationId"));
            JsonObject payload = json.getJsonObject("payload");
            if (payload == null) {
                throw new IllegalArgumentException("payload missing");
            }
            return new EventEnvelope(metadata, payload);
        } catch (RuntimeException e) {
            throw new MalformedEventException("Not a Desk Pilkada event envelope: " + e.getMessage(), e);
        }
    }

    private static JsonObject read(String text) {
        try (JsonReader reader = JsonProviders.SHARED.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static void addNullable(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    private static String stringOrNull(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
