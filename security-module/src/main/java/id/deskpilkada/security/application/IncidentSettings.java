package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.AttachmentCheck;
import id.deskpilkada.security.domain.EscalationPolicy;
import id.deskpilkada.security.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How incidents escalate and what may be attached, from MicroProfile Config (documented in the README). */
@ApplicationScoped
public class IncidentSettings {

    @Inject
    @ConfigProperty(name = "deskpilkada.incident.escalate-immediately-from", defaultValue = "TINGGI")
    String immediateFrom;

    @Inject
    @ConfigProperty(name = "deskpilkada.incident.unhandled-minutes", defaultValue = "120")
    int unhandledMinutes;

    @Inject
    @ConfigProperty(name = "deskpilkada.incident.attachment-max-mb", defaultValue = "5")
    int attachmentMaxMb;

    public EscalationPolicy policy() {
        return new EscalationPolicy(Severity.valueOf(immediateFrom.strip().toUpperCase(java.util.Locale.ROOT)),
                Duration.ofMinutes(unhandledMinutes));
    }

    public AttachmentCheck attachments() {
        return new AttachmentCheck(attachmentMaxMb * 1024L * 1024L);
    }
}
