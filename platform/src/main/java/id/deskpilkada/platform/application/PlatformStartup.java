package id.deskpilkada.platform.application;

import id.deskpilkada.platform.application.agency.AgencyDemoLoader;
import id.deskpilkada.platform.application.region.RegionImporter;
import id.deskpilkada.platform.application.tps.TpsGenerator;
import id.deskpilkada.platform.messaging.EventBackbone;
import id.deskpilkada.platform.messaging.HandlerRegistry;
import id.deskpilkada.platform.persistence.DatabaseMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the application up in a fixed order: database migrations of every module, first accounts,
 * then the event backbone. The data source is defined here, from MicroProfile Config, so the same WAR
 * runs on the embedded H2 file database and on PostgreSQL.
 */
@DataSourceDefinition(
        name = PlatformStartup.DATA_SOURCE,
        className = "${MPCONFIG=db.dsClass}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // stringType: PostgreSQL infers the type of a NULL that EclipseLink binds as VARCHAR (nullable uuid
        // columns such as an agency's parent); data sources without the property ignore it
        properties = {"stringType=unspecified",
                      "fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=auto-commit",
                      "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/deskpilkada";
    static final String REGIONS_CSV = "regions/wilayah.csv";
    static final String POPULATION_CSV = "regions/population.csv";
    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    HandlerRegistry registry;

    @Inject
    AccountBootstrap accounts;

    @Inject
    EventBackbone backbone;

    @Inject
    RegionImporter regions;

    @Inject
    DeploymentProfile profile;

    @Inject
    AgencyDemoLoader demoAgencies;

    @Inject
    TpsGenerator tps;

    @Inject
    @Any
    Instance<ModuleDemoData> moduleDemoData;

    @PostConstruct
    void start() {
        int jsonHandlers = id.deskpilkada.platform.messaging.CorrelationLogging.installOnJsonHandlers();
        if (jsonHandlers > 0) {
            LOG.info(() -> "JSON log lines carry the correlation id (" + jsonHandlers + " handlers)");
        }
        long started = System.nanoTime();
        DatabaseMigrator.migrate(dataSource, registry.modules());
        accounts.ensureAccounts();
        loadReferenceData();
        backbone.start();
        LOG.info(() -> "Desk Pilkada platform ready (profile " + profile.name() + ") in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * The official region tree and population, bundled with the application, on the first start; in the demo
     * profile also synthetic TPS for the demo provinces (they need the tree and population first).
     */
    private void loadReferenceData() {
        regions.loadIfEmpty(bundled(REGIONS_CSV));
        regions.loadPopulationIfEmpty(bundled(POPULATION_CSV));
        if (profile.isDemo()) {
            demoAgencies.loadIfEmpty(bundled(AgencyDemoLoader.RESOURCE));
            accounts.linkDemoAccountsToAgencies();
            tps.generateDemoIfEmpty();
            moduleDemoData.forEach(ModuleDemoData::loadIfEmpty);
        }
        refreshStatistics();
    }

    /**
     * Bulk loads (the tree, demo TPS and module data) leave the planner's statistics behind until autovacuum
     * comes by — and a database may run without it: a plan made for 13 TPS on a table of 15,000 turns a join into
     * minutes. One ANALYZE after loading costs a second.
     */
    private void refreshStatistics() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("analyze");
        } catch (java.sql.SQLException e) {
            java.util.logging.Logger.getLogger(PlatformStartup.class.getName())
                    .warning(() -> "Could not refresh the database statistics: " + e.getMessage());
        }
    }

    private static Reader bundled(String resource) {
        InputStream in = PlatformStartup.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing bundled resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @PreDestroy
    void stop() {
        backbone.stop();
    }
}
