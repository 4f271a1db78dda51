package id.deskpilkada.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory to spare; restarting does not cure a database or broker outage. */
@Liveness
@ApplicationScoped
public class PortalLiveness implements HealthCheck {

    private static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        double used = (double) (runtime.totalMemory() - runtime.freeMemory()) / runtime.maxMemory();
        return HealthCheckResponse.named("deskpilkada-jvm").status(used < MAX_HEAP_USE)
                .withData("heapUsedPercent", Math.round(used * 100)).build();
    }
}
