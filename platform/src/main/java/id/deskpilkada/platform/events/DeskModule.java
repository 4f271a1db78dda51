package id.deskpilkada.platform.events;

import java.util.Locale;

/**
 * Describes a module to the platform: its name, the prefix of the tables it owns, and from that its
 * Flyway location, schema-history table, inbox table and durable subscription. Each module exposes one
 * CDI bean of this type.
 */
public interface DeskModule {

    /** Short lowercase name, e.g. {@code meeting}. */
    String name();

    /** Table prefix owned by the module, e.g. {@code mtg_}. */
    String tablePrefix();

    /** Migration order: the platform first, then the domain modules. */
    default int migrationOrder() {
        return 100;
    }

    /**
     * Whether Flyway migrates this module from its own location. A part of the platform that consumes events
     * on its own subscription (the notifications) keeps its tables in the platform's migrations instead.
     */
    default boolean hasOwnMigrations() {
        return true;
    }

    default String migrationLocation() {
        return "classpath:db/migration/" + name();
    }

    default String schemaHistoryTable() {
        return tablePrefix() + "schema_history";
    }

    default String inboxTable() {
        return tablePrefix() + "inbox";
    }

    default String subscriptionName() {
        return "deskpilkada." + name().toLowerCase(Locale.ROOT);
    }
}
