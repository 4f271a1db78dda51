package id.deskpilkada.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code demo} loads demo accounts with a documented password; anything else is a real installation,
 * where no password is ever fixed in code.
 */
@ApplicationScoped
public class DeploymentProfile {

    @Inject
    @ConfigProperty(name = "deskpilkada.profile", defaultValue = "production")
    String profile;

    public boolean isDemo() {
        return "demo".equals(profile.strip().toLowerCase(Locale.ROOT));
    }

    public String name() {
        return profile;
    }
}
