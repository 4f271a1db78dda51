package id.deskpilkada.portal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address, for links printed in documents (QR codes) and calendar entries: the configured
 * {@code portal.public-url} (the address behind a load balancer), else the one this request came to.
 */
@RequestScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "portal.public-url")
    Optional<String> configured;

    @Inject
    HttpServletRequest request;

    /** Without a trailing slash, so paths can be appended. */
    public String get() {
        return configured.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", "")).orElseGet(() ->
                request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + request.getContextPath());
    }
}
