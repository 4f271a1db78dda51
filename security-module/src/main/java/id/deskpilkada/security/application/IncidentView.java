package id.deskpilkada.security.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** An incident as pages and the REST API show it; times UTC. */
public record IncidentView(UUID id, long version, String type, String severity, String status, String title,
                           String description, String regionCode, int tpsNumber, BigDecimal latitude,
                           BigDecimal longitude, LocalDateTime occurredUtc, LocalDateTime reportedUtc,
                           String reportedBy, String deskRegion, LocalDateTime atDeskSinceUtc, String rejectReason,
                           List<Action> timeline, List<Attachment> attachments) {

    /** One timeline entry. */
    public record Action(LocalDateTime atUtc, String actedBy, String kind, String deskRegion, String note) {
    }

    /** An attachment's description (its content is fetched separately). */
    public record Attachment(UUID id, String fileName, String contentType, int sizeBytes, String sha256,
                             String uploadedBy, LocalDateTime uploadedUtc) {
    }
}
