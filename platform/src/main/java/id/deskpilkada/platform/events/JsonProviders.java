package id.deskpilkada.platform.events;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Every static {@code jakarta.json.Json.create…} call looks the provider up
 * again through the service loader, which in Payara walks the application's and the server's class loaders and
 * their jar files: a third of a node's CPU time while it handled events (JFR, 4,000 events drained).
 */
public final class JsonProviders {

    /** Thread-safe: JSON-P providers are stateless factories. */
    public static final JsonProvider SHARED = JsonProvider.provider();

    private JsonProviders() {
    }
}
