package id.deskpilkada.portal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under {@code /api}; its OpenAPI document is served by Payara at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Desk Pilkada API", version = "1.0",
        description = "Coordination desk for regional elections: meetings, logistics, security."))
public class PortalApi extends Application {
}
