package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.events.DeskModule;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs each module's Flyway migrations from its own location with its own history table, so that modules
 * evolve their tables independently in one database (H2 or PostgreSQL).
 */
public final class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private DatabaseMigrator() {
    }

    /** @return migrations applied per module that has migrations of its own, in module order */
    public static List<String> migrate(DataSource dataSource, List<? extends DeskModule> modules) {
        return modules.stream().filter(DeskModule::hasOwnMigrations).map(module -> migrate(dataSource, module))
                .toList();
    }

    private static String migrate(DataSource dataSource, DeskModule module) {
        return migrate(configure(module).dataSource(dataSource), module);
    }

    /** One module's migrations on a database given by its JDBC URL, for command-line tools. */
    public static String migrate(String jdbcUrl, String user, String password, DeskModule module) {
        return migrate(configure(module).dataSource(jdbcUrl, user, password), module);
    }

    private static FluentConfiguration configure(DeskModule module) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .locations(module.migrationLocation())
                .table(module.schemaHistoryTable())
                // other modules' tables already exist in the schema: start this module's history at zero
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    private static String migrate(FluentConfiguration configuration, DeskModule module) {
        MigrateResult result = configuration.load().migrate();
        String summary = module.name() + ": " + result.migrationsExecuted + " applied, now at "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
        LOG.info(summary);
        return summary;
    }
}
