package id.deskpilkada.platform.persistence;

import id.deskpilkada.platform.events.DeskModule;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs each module's Flyway migrations from its own location with its own history table, so that modules
 * evolve their tables independently in one database (H2 or PostgreSQL).
 */
public final class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private DatabaseMigrator() {
    }

    /** @return migrations applied per module in this run, in module order */
    public static List<String> migrate(DataSource dataSource, List<? extends DeskModule> modules) {
        return modules.stream().map(module -> migrate(dataSource, module)).toList();
    }

    private static String migrate(DataSource dataSource, DeskModule module) {
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(module.migrationLocation())
                .table(module.schemaHistoryTable())
                // other modules' tables already exist in the schema: start this module's history at zero
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        String summary = module.name() + ": " + result.migrationsExecuted + " applied, now at "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion);
        LOG.info(summary);
        return summary;
    }
}
