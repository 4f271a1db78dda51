package id.deskpilkada.platform.events;

import jakarta.json.JsonObject;

/**
 * An event as it travels: metadata plus a JSON payload that is decoded only by a consumer that knows the
 * contract. Consumers ignore payload fields they do not know, so contracts evolve by adding fields.
 */
public record EventEnvelope(EventMetadata metadata, JsonObject payload) {
}
