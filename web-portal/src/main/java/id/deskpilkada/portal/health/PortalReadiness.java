package id.deskpilkada.portal.health;

import id.deskpilkada.platform.application.EventBackboneOverview;
import id.deskpilkada.platform.application.PlatformStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the event backbone runs with a reachable broker. */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {

    private static final int DB_TIMEOUT_SECONDS = 2;

    @Resource(lookup = PlatformStartup.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    EventBackboneOverview backbone;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        EventBackboneOverview.Snapshot events = database ? backbone.snapshot() : null;
        boolean brokerUp = events != null && events.running() && events.brokerReachable();
        return HealthCheckResponse.named("deskpilkada")
                .status(database && brokerUp)
                .withData("database", database)
                .withData("broker", brokerUp)
                .withData("outboxBacklog", events == null ? -1 : events.outboxBacklog())
                .withData("deadLetters", events == null ? -1 : events.deadLetters())
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DB_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
